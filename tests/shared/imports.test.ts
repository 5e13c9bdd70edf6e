import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type ImportedContact, parseContactsFile } from '../../lib/io';
import { findDuplicates } from '../../lib/io/merge';
import { SHARED_FIXTURES } from './require-shared';

const DIR = resolve(SHARED_FIXTURES, 'imports');
const read = (name: string) => readFileSync(resolve(DIR, name), 'utf8');
const parse = (name: string, options = {}) => parseContactsFile(name.split('/').pop() ?? name, read(name), options);
const named = (contacts: ImportedContact[], name: string) => {
  const found = contacts.filter((c) => c.displayName === name);
  if (!found.length) throw new Error(`no contact named ${name}`);
  return found;
};
const one = (contacts: ImportedContact[], name: string) => named(contacts, name)[0] as ImportedContact;

describe('imports/google-contacts-messy.csv', () => {
  const r = parse('google-contacts-messy.csv');

  it('is read as a Google CSV with all 44 contacts and no errors', () => {
    expect(r.format).toBe('google-csv');
    expect(r.errors).toEqual([]);
    expect(r.contacts).toHaveLength(44);
  });

  it('finds the listed people, emails and phones', () => {
    expect(one(r.contacts, 'Sarah Mitchell')).toMatchObject({
      identities: ['email:sarah.mitchell83@gmail.com'],
      phones: ['801.555.0142'],
      tags: ['Suppliers'],
    });
    expect(one(r.contacts, 'James Whitfield')).toMatchObject({
      identities: ['email:jwhitfield@comcast.net'],
      phones: ['8015550163', '435-555-0321'],
    });
    expect(one(r.contacts, 'Renée Whitaker').identities).toEqual(['email:renee.whitaker@icloud.com']);
    expect(one(r.contacts, 'Betty Carter').phones).toEqual(['385-555-4982 ext 1']);
  });

  it('trims names ("Thomas  ", "  Stephanie", "  Murphy")', () => {
    expect(one(r.contacts, 'Thomas Nguyen').identities).toContain('email:tnguyen.roofing@gmail.com');
    expect(one(r.contacts, 'Stephanie Price').identities).toContain('email:stephanie.price426@example.com');
    expect(one(r.contacts, 'Rebecca Murphy')).toBeTruthy();
    for (const c of r.contacts) expect(c.displayName).toBe(c.displayName.trim().replace(/\s+/g, ' '));
  });

  it('reads a note with doubled quotes as one field', () => {
    expect(one(r.contacts, 'Edward Ward').notes).toBe('Called twice, no answer. "Ask for Dave" at the shop.');
  });

  it('links US numbers only when the user says the country is US', () => {
    expect(one(r.contacts, 'Sarah Mitchell').identities.some((k) => k.startsWith('phone:'))).toBe(false);
    const us = parse('google-contacts-messy.csv', { defaultCountry: 'US' });
    expect(one(us.contacts, 'Sarah Mitchell').identities).toContain('phone:+18015550142');
    expect(one(us.contacts, 'James Whitfield').identities).toEqual([
      'email:jwhitfield@comcast.net',
      'phone:+18015550163',
      'phone:+14355550321',
    ]);
    expect(one(us.contacts, 'Betty Carter').identities).toContain('phone:+13855554982');
  });
});

describe('imports/google-contacts-edge.csv', () => {
  const r = parse('google-contacts-edge.csv');

  it('reads 3 contacts with the listed values', () => {
    expect(r.errors).toEqual([]);
    expect(r.contacts).toHaveLength(3);
    expect(one(r.contacts, 'Jane Doe')).toMatchObject({
      identities: [
        'email:jane.doe@acme.example',
        'email:jane@personal.example',
        'phone:+41791234567',
        'linkedin:jane-doe-example',
      ],
      phones: ['+41 79 123 45 67'],
      birthday: '1988-06-15',
    });
    expect(one(r.contacts, 'Bob Smith')).toMatchObject({
      identities: ['email:bob.smith@globex.example', 'phone:+14155550100'],
      birthday: '--12-01',
    });
    expect(one(r.contacts, 'Chloé Van Damme, Jr.')).toMatchObject({
      identities: ['email:chloe@vandamme.example'],
      company: 'Widgets, Inc.',
      title: 'Head of "Special" Projects',
      notes: 'Line one\nLine two',
    });
  });
});

describe('imports/linkedin-Connections.csv', () => {
  const r = parse('linkedin-Connections.csv');

  it('reads the 4 people after the Notes: preamble and skips the empty row', () => {
    expect(r.format).toBe('linkedin-csv');
    expect(r.errors).toEqual([]);
    expect(r.contacts.map((c) => c.displayName)).toEqual(['Priya Sharma', 'Rahul Iyer', 'Priya Sharma', 'Anita Rao']);
    expect(r.contacts.some((c) => /Notes|exporting/i.test(c.displayName))).toBe(false);
    expect(r.warnings).toContainEqual(expect.objectContaining({ line: 9 }));
  });

  it('keeps the two Priya Sharma apart, by their profile URLs', () => {
    expect(named(r.contacts, 'Priya Sharma').map((c) => c.identities)).toEqual([
      ['linkedin:priya-sharma-1'],
      ['linkedin:priya-sharma-2'],
    ]);
    const dupes = findDuplicates(
      r.contacts.map((c, i) => ({ id: String(i), name: c.displayName, identities: c.identities })),
    );
    expect(dupes).toEqual({ certain: [], possible: [] });
  });

  it('reads Rahul Iyer with his email and Anita Rao', () => {
    expect(one(r.contacts, 'Rahul Iyer')).toMatchObject({
      identities: ['linkedin:rahul-iyer', 'email:rahul@example.com'],
      company: 'Flipkart',
      title: 'Senior SDE',
      connectedOn: '2020-01-05',
    });
    expect(one(r.contacts, 'Anita Rao').identities).toEqual(['linkedin:anita-rao']);
  });
});

describe('imports/facebook-your_friends.json', () => {
  const r = parse('facebook-your_friends.json');

  it('reads the 10 friends with their names intact (proper UTF-8 is not "repaired")', () => {
    expect(r.format).toBe('facebook-json');
    expect(r.errors).toEqual([]);
    expect(r.contacts).toHaveLength(10);
    for (const name of ['Alice Nguyen', 'François Beaumont', 'Ingrid Björnsdóttir', 'José María Vázquez'])
      expect(one(r.contacts, name).identities).toEqual([]);
    expect(one(r.contacts, 'Alice Nguyen').connectedOn).toBe(new Date(1190678400 * 1000).toISOString().slice(0, 10));
  });
});

describe('imports/vcard/gmail-single.vcf', () => {
  const r = parse('vcard/gmail-single.vcf');

  it('reads Greg Dartmouth with his email, both phones and the decoded profile URL', () => {
    expect(r.errors).toEqual([]);
    expect(r.contacts).toHaveLength(1);
    expect(r.contacts[0]).toMatchObject({
      displayName: 'Greg Dartmouth',
      identities: ['email:gdartmouth@hotmail.com'],
      phones: ['555 555 1111', '555 555 2222'],
      birthday: '1960-09-10',
      company: 'TheCompany',
      title: 'TheJobTitle',
    });
    // http\://TheProfile.com is not a supported site: no identity, and no error
    expect(r.contacts[0]?.identities.some((k) => k.includes('theprofile'))).toBe(false);
  });
});

describe('imports/vcard/John_Doe_ANDROID.vcf', () => {
  const r = parse('vcard/John_Doe_ANDROID.vcf');

  it('reads all 6 cards of the 2.1 file', () => {
    expect(r.errors).toEqual([]);
    expect(r.contacts).toHaveLength(6);
  });

  it('keeps the two email-only cards, named by their email', () => {
    expect(r.contacts[0]).toMatchObject({
      displayName: 'john.doe@company.com',
      identities: ['email:john.doe@company.com'],
    });
    expect(r.contacts[1]).toMatchObject({
      displayName: 'jane.doe@company.com',
      identities: ['email:jane.doe@company.com'],
    });
    const emails = r.contacts.flatMap((c) => c.identities);
    expect(emails).toEqual(expect.arrayContaining(['email:bob@company.com', 'email:henry@company.com']));
  });

  it('decodes quoted-printable UTF-8 names, including one split across soft line breaks', () => {
    expect(r.contacts[2]).toMatchObject({ displayName: 'Ñ Ñ Ñ Ñ Ñ', phones: ['123456789'] });
    expect(r.contacts[3]?.displayName).toBe(Array(11).fill('Ñ').join(' '));
    expect(r.contacts.find((c) => c.phones?.includes('55556666'))?.identities).toEqual(['email:henry@company.com']);
    for (const c of r.contacts) expect(c.displayName).not.toMatch(/=[0-9A-F]{2}/);
  });
});

describe('imports/vcard/John_Doe_GMAIL.vcf', () => {
  const r = parse('vcard/John_Doe_GMAIL.vcf');

  it('reads FN with its comma, the email and both phones', () => {
    expect(r.contacts).toHaveLength(1);
    expect(r.contacts[0]).toMatchObject({
      displayName: 'Mr. John Richter, James Doe Sr.',
      identities: ['email:john.doe@ibm.com'],
      phones: ['905-555-1234', '905-666-1234'],
      birthday: '1980-03-22',
      company: 'IBM',
      title: 'Money Counter',
    });
    expect(r.contacts[0]?.notes).toMatch(/^THIS SOFTWARE IS PROVIDED .*"AS IS".*DAMAGE\.\nFavotire Color: Blue$/s);
  });
});

describe('imports/vcard/vcard3.vcf (with vcard3.expected.json)', () => {
  const r = parse('vcard/vcard3.vcf');
  const expected = JSON.parse(read('vcard/vcard3.expected.json')) as [
    string,
    Array<[string, object, string, ...unknown[]]>,
  ];
  const props = (name: string) => expected[1].filter((p) => p[0] === name);

  it('reads one contact: the AGENT card inside is not a second contact', () => {
    expect(r.errors).toEqual([]);
    expect(r.contacts).toHaveLength(1);
    expect(r.contacts.some((c) => c.displayName === 'Susan Thomas')).toBe(false);
    expect(r.contacts[0]?.identities).not.toContain('email:sthomas@host.com');
  });

  it('agrees with ical.js on FN, emails, phone, title, org, birthday, note and categories', () => {
    const c = r.contacts[0] as ImportedContact;
    expect(c.displayName).toBe(props('fn')[0]?.[3]);
    expect(c.displayName).toBe('Mr. John Q. Public, Esq.');
    expect(c.emails).toEqual(props('email').map((p) => p[3]));
    expect(c.identities).toEqual(
      expect.arrayContaining(['email:jqpublic@xyz.dom1.com', 'email:jdoe@isp.net', 'email:jane_doe@abc.com']),
    );
    expect(c.phones).toEqual(props('tel').map((p) => p[3]));
    expect(c.identities).toContain('phone:+12135551234');
    expect(c.title).toBe(props('title')[0]?.[3]);
    expect(c.company).toBe((props('org')[0]?.[3] as string[])[0]);
    expect(c.birthday).toBe(props('bday')[0]?.[3]);
    expect(c.notes).toBe(props('note')[0]?.[3]);
    expect(c.tags).toEqual(props('categories').flatMap((p) => p.slice(3)));
  });
});
