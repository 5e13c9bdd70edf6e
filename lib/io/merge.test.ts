import { describe, expect, it } from 'vitest';
import type { Contact } from '../model/contact';
import { storedContact } from '../model/testing';
import { editDistance, findDuplicates, mergeContacts, nameKey } from './merge';

const contact = (over: Partial<Contact>): Contact =>
  storedContact({ id: 'x', name: 'X', startedAt: '2026-01-10', createdAt: 10, updatedAt: 20, ...over });

describe('nameKey', () => {
  it('folds accents, case, punctuation and word order; reads "Doe, Jane" as Jane Doe but keeps suffixes', () => {
    expect(nameKey('Doe, Jane')).toBe(nameKey('jane DOE'));
    expect(nameKey('José  María')).toBe(nameKey('Jose Maria'));
    expect(nameKey('Chloé Van Damme, Jr.')).toBe('chloe damme jr van');
    expect(nameKey('Søren Kierkegaard')).toBe(nameKey('Soren Kierkegaard'));
  });

  it('editDistance gives up above the limit', () => {
    expect(editDistance('jon smith', 'john smith', 2)).toBe(1);
    expect(editDistance('abc', 'xyz', 1)).toBe(2);
  });
});

describe('findDuplicates', () => {
  it('groups contacts sharing an identity key (normalised, transitively) as certain', () => {
    const groups = findDuplicates([
      { id: 'a', name: 'Jane Doe', identities: ['email:Jane@Example.com'] },
      { id: 'b', name: 'J. Doe', identities: ['email:jane@example.com', 'phone:+15551234567'] },
      { id: 'c', name: 'Janie', identities: ['phone:+1 555 123 4567'] },
      { id: 'd', name: 'Other', identities: ['email:other@example.com'] },
    ]);
    expect(groups.certain).toHaveLength(1);
    expect(groups.certain[0]?.ids.sort()).toEqual(['a', 'b', 'c']);
    expect(groups.certain[0]?.keys.sort()).toEqual(['email:jane@example.com', 'phone:+15551234567']);
  });

  it('suggests same and similar names, never merging them as certain', () => {
    const groups = findDuplicates([
      { id: 'a', name: 'Jane Doe', identities: [] },
      { id: 'b', name: 'Doe, Jane', identities: ['email:jd@example.com'] },
      { id: 'c', name: 'Jon Smithers', identities: [] },
      { id: 'd', name: 'John Smithers', identities: [] },
      { id: 'e', name: 'Renée Whitaker', identities: [] },
      { id: 'f', name: 'renee whitaker', identities: [] },
      { id: 'g', name: 'Amy Lee', identities: [] },
      { id: 'h', name: 'Amy Lei', identities: [] },
    ]);
    expect(groups.certain).toEqual([]);
    expect(groups.possible).toEqual(
      expect.arrayContaining([
        { ids: ['a', 'b'], reason: 'same-name' },
        { ids: ['e', 'f'], reason: 'same-name' },
        { ids: ['c', 'd'], reason: 'similar-name' },
      ]),
    );
    // short names need an exact match: "amy lee" / "amy lei" is too close to call
    expect(groups.possible.some((g) => g.ids.includes('g'))).toBe(false);
  });

  it('does not suggest two people with different profiles on the same site (two Priya Sharma)', () => {
    const groups = findDuplicates([
      { id: 'p1', name: 'Priya Sharma', identities: ['linkedin:priya-sharma-1'] },
      { id: 'p2', name: 'Priya Sharma', identities: ['linkedin:priya-sharma-2'] },
      { id: 'p3', name: 'Priya Sharma', identities: [] },
    ]);
    expect(groups.certain).toEqual([]);
    expect(groups.possible).toEqual([{ ids: ['p1', 'p3'], reason: 'same-name' }]);
  });

  it('groups thousands of contacts (its speed is measured in npm run bench)', () => {
    const many = Array.from({ length: 5_000 }, (_, i) => ({
      id: `c${i}`,
      name: `Person ${i} Family${i % 50}`,
      identities: [`email:p${i % 4_990}@example.com`],
    }));
    const groups = findDuplicates(many);
    expect(groups.certain).toHaveLength(10);
  });
});

describe('mergeContacts', () => {
  it('keeps every identity, tag and note, the earliest start, the closer stage, a birthday with its year', () => {
    const primary = contact({
      id: 'p',
      name: 'Jane Doe',
      identities: ['email:jane@example.com'],
      tags: ['Team'],
      notes: 'Met at the fair',
      stage: 'associate',
      startedAt: '2026-02-01',
      birthday: '--03-15',
      phones: ['+1 555 123 4567'],
      createdAt: 50,
      updatedAt: 60,
    });
    const other = contact({
      id: 'o',
      name: 'J Doe',
      identities: ['phone:+15551234567', 'email:JANE@example.com'],
      tags: ['team', 'VIP'],
      notes: 'Two kids',
      stage: 'friend',
      startedAt: '2025-11-20',
      birthday: '1990-03-15',
      company: 'Acme',
      phones: ['(555) 123-4567', '555 999 0000'],
      consent: { basis: 'asked', doNotContact: true },
      createdAt: 5,
      updatedAt: 99,
      deletedAt: 100,
    });
    const merged = mergeContacts(primary, [other]);
    expect(merged).toMatchObject({
      id: 'p',
      name: 'Jane Doe',
      identities: ['email:jane@example.com', 'phone:+15551234567'],
      tags: ['Team', 'VIP'],
      notes: 'Met at the fair\n\n---\n\nTwo kids',
      stage: 'friend',
      startedAt: '2025-11-20',
      birthday: '1990-03-15',
      company: 'Acme',
      consent: { doNotContact: true },
      createdAt: 5,
      updatedAt: 99,
    });
    expect(merged.phones).toEqual(['+1 555 123 4567', '555 999 0000']);
    expect(merged.deletedAt).toBeUndefined();
    expect(mergeContacts(primary, [other], 1234).updatedAt).toBe(1234);
  });

  it('keeps the primary birthday when the others have none', () => {
    const merged = mergeContacts(contact({ birthday: '1980-01-01' }), [contact({ id: 'y' })]);
    expect(merged.birthday).toBe('1980-01-01');
    expect(mergeContacts(contact({}), [contact({ id: 'y', birthday: '--05-05' })]).birthday).toBe('--05-05');
  });
});
