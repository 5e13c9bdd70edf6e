import { describe, expect, it } from 'vitest';
import type { Contact } from '../model';
import { storedContact } from '../model/testing';
import { ContactSearch } from './index';

const contact = (id: string, name: string, extra: Partial<Contact> = {}) => storedContact({ id, name, ...extra });

const people = [
  contact('1', 'María López', { identities: ['instagram:maria.fit', 'email:maria@example.com'], tags: ['autoship'] }),
  contact('2', 'Marcus Brown', { notes: 'Loves trail running' }),
  contact('3', 'Ann Lee', { identities: ['phone:+15551234567'] }),
  contact('4', 'Old Friend', { deletedAt: 5 }),
];

describe('quick lookup', () => {
  const search = new ContactSearch(people);
  it('finds names by their start, accents folded', () => {
    expect(search.search('maria')).toEqual(['1']);
    expect(search.search('mar')).toEqual(['1', '2']);
    expect(search.search('lopez')).toEqual(['1']);
  });
  it('finds handles, emails, phones, tags and notes', () => {
    expect(search.search('@maria.fit')).toEqual(['1']);
    expect(search.search('maria@example')).toEqual(['1']);
    expect(search.search('555123')).toEqual(['3']);
    expect(search.search('autoship')).toEqual(['1']);
    expect(search.search('trail')).toEqual(['2']);
  });
  it('tolerates a typo and never returns deleted contacts', () => {
    expect(search.search('marcos')).toContain('2');
    expect(search.search('old friend')).toEqual([]);
    expect(search.search('   ')).toEqual([]);
  });

  it('matches numbers and ids exactly: typo search is for words of letters', () => {
    const index = new ContactSearch([
      contact('7', 'Dee One', { identities: ['email:d1243@example.com'] }),
      contact('8', 'Dee Two', { identities: ['email:d1234@example.com'] }),
    ]);
    expect(index.search('d1234')).toEqual(['8']);
    expect(index.search('d1235')).toEqual([]); // no guessing between two numbers
    expect(index.search('dee twp')).toEqual(['8']); // but a typo in a name is still found
  });

  it('follows writes contact by contact: a renamed, added or removed contact is found as it now is', () => {
    const index = new ContactSearch(people);
    index.upsert([contact('2', 'Marcus Green', { notes: 'Loves trail running' }), contact('5', 'Zoe Quinn')]);
    expect(index.search('brown')).toEqual([]);
    expect(index.search('green')).toEqual(['2']);
    expect(index.search('zoe')).toEqual(['5']);
    expect(index.search('quinm')).toEqual(['5']); // a typo in the new name
    index.remove(['5']);
    expect(index.search('zoe')).toEqual([]);
    index.upsert([contact('1', 'María López', { deletedAt: 9 })]);
    expect(index.search('maria')).toEqual([]);
  });

  it('keeps typo search current write by write once it is built', () => {
    const index = new ContactSearch(people);
    index.warm(); // as the background does after building the index
    index.upsert([contact('2', 'Marcus Green'), contact('6', 'Yolanda Park')]);
    expect(index.search('yolonda')).toEqual(['6']); // a word that arrived after the build
    expect(index.search('grene')).toEqual(['2']);
    expect(index.search('browm')).toEqual([]); // the old name is gone from typo search too
    index.remove(['6']);
    expect(index.search('yolonda')).toEqual([]);
  });
});
