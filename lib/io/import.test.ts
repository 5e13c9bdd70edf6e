import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type ImportedContact, MAX_IMPORT_CHARS, parseContactsFile } from './index';

const FIXTURES = resolve(__dirname, '../../tests/fixtures/imports');
const read = (name: string) => readFileSync(resolve(FIXTURES, name), 'utf8');
const parse = (name: string, options = {}) => parseContactsFile(name, read(name), options);
const byName = (contacts: ImportedContact[], name: string) => {
  const found = contacts.find((c) => c.displayName === name);
  if (!found) throw new Error(`no contact named ${name} in ${contacts.map((c) => c.displayName).join(', ')}`);
  return found;
};

describe('format detection (from the content, not the name)', () => {
  it.each([
    ['google-current.csv', 'google-csv'],
    ['google-legacy.csv', 'google-csv-legacy'],
    ['outlook.csv', 'outlook-csv'],
    ['linkedin-connections.csv', 'linkedin-csv'],
    ['facebook-friends-mojibake.json', 'facebook-json'],
    ['vcard21-qp.vcf', 'vcard'],
  ])('%s is %s even when named contacts.txt', (file, format) => {
    expect(parseContactsFile('contacts.txt', read(file)).format).toBe(format);
  });
});

describe('Google Contacts CSV', () => {
  it('reads the current layout: names, emails (:::), phones, websites, labels, multi-line notes', () => {
    const r = parse('google-current.csv');
    expect(r.errors).toEqual([]);
    expect(r.contacts).toHaveLength(3);
    const maria = byName(r.contacts, 'Maria Garcia');
    expect(maria).toMatchObject({
      birthday: '1990-03-15',
      notes: 'Loves hiking\nTwo kids',
      company: 'Acme',
      title: 'Coach',
      tags: ['Team'],
      line: 2,
    });
    expect(maria.identities).toEqual(['email:maria@example.com', 'phone:+34612345678', 'instagram:maria.g']);
    const tom = byName(r.contacts, 'Tom Lee Baker');
    expect(tom.line).toBe(4); // Maria's note spans two physical lines
    expect(tom.birthday).toBe('--07-04');
    expect(tom.identities).toEqual([
      'email:tom@example.org',
      'email:tom.b@work.example',
      'phone:+14155550199',
      'facebook:id:100012345',
    ]);
    expect(byName(r.contacts, 'Nicky').identities).toEqual(['email:nick@example.net']);
  });

  it('drops system groups (* myContacts, * starred) from labels', () => {
    const r = parse('google-current.csv');
    for (const c of r.contacts) for (const tag of c.tags ?? []) expect(tag).not.toMatch(/myContacts|starred|\*/);
  });

  it('keeps a phone without a country code as written, with a warning, and never guesses', () => {
    const r = parse('google-current.csv');
    const maria = byName(r.contacts, 'Maria Garcia');
    expect(maria.phones).toContain('020 7946 0958');
    expect(maria.identities.filter((k) => k.startsWith('phone:'))).toEqual(['phone:+34612345678']);
    expect(r.errors).toEqual([]);
    expect(r.warnings).toContainEqual(expect.objectContaining({ line: 2, field: 'Phone 2 - Value' }));
  });

  it('links such a phone when the user gives a default country', () => {
    const r = parse('google-current.csv', { defaultCountry: 'GB' });
    expect(byName(r.contacts, 'Maria Garcia').identities).toContain('phone:+442079460958');
    expect(r.warnings?.filter((w) => w.field === 'Phone 2 - Value')).toEqual([]);
  });

  it('reads the older layout (Name, Given Name, Group Membership, Organization 1 - Name)', () => {
    const r = parse('google-legacy.csv');
    expect(r.format).toBe('google-csv-legacy');
    expect(byName(r.contacts, 'Anna Schmidt')).toMatchObject({
      identities: ['email:anna@example.de', 'phone:+4915123456789', 'linkedin:anna-schmidt'],
      birthday: '1985-11-02',
      tags: ['Friends'],
      company: 'Schmidt GmbH',
      title: 'Owner',
      notes: 'Met at the fair',
    });
    expect(byName(r.contacts, 'Paul Martin').tags).toBeUndefined();
  });

  it('parses a generated 10,000-row export completely', () => {
    const header =
      'First Name,Middle Name,Last Name,Birthday,Notes,Labels,E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value';
    const rows = Array.from(
      { length: 10_000 },
      (_, i) =>
        `Person${i},,"Family, ${i}",1990-01-${String((i % 28) + 1).padStart(2, '0')},"note ${i}\nsecond line",* myContacts ::: Team,Home,p${i}@example.com,Mobile,+1 415 555 ${String(i % 10_000).padStart(4, '0')}`,
    );
    const r = parseContactsFile('big.csv', [header, ...rows].join('\n'));
    expect(r.errors).toEqual([]);
    expect(r.contacts).toHaveLength(10_000);
    expect(r.contacts[9_999]).toMatchObject({
      displayName: 'Person9999 Family, 9999',
      line: 2 + 9_999 * 2,
      identities: ['email:p9999@example.com', 'phone:+14155559999'],
    });
  });
});

describe('Outlook CSV', () => {
  it('reads names, every email and phone column, categories, web page and M/D/Y birthdays', () => {
    const r = parse('outlook.csv');
    expect(r.errors).toEqual([]);
    const lena = byName(r.contacts, 'Lena Novak');
    expect(lena).toMatchObject({
      birthday: '1990-03-15',
      company: 'Novak Ltd',
      title: 'Director',
      tags: ['Team', 'Friends'],
      notes: 'Prefers email',
    });
    // the fax column is not a phone of the person
    expect(lena.identities).toEqual([
      'email:lena@example.com',
      'phone:+442079460018',
      'phone:+447700900123',
      'x:lenanovak',
    ]);
    expect(byName(r.contacts, 'Omar Haddad').birthday).toBeUndefined(); // 0/0/00 is Outlook's "none"
    expect(byName(r.contacts, 'Ivy Chen').birthday).toBe('1992-12-25'); // 25/12: only a day can be 25
  });
});

describe('LinkedIn Connections.csv', () => {
  it('skips the Notes: preamble, reads URL / email / company / position, skips the empty row with a warning', () => {
    const r = parse('linkedin-connections.csv');
    expect(r.format).toBe('linkedin-csv');
    expect(r.errors).toEqual([]);
    expect(r.contacts.map((c) => c.displayName)).toEqual(['Sam Okafor', 'Li Wei']);
    expect(r.contacts[0]).toMatchObject({
      identities: ['linkedin:sam-okafor-9a1', 'email:sam@example.com'],
      company: 'Globex',
      title: 'CTO',
      connectedOn: '2021-03-12',
      line: 5,
    });
    expect(r.warnings).toContainEqual(expect.objectContaining({ line: 7 }));
  });
});

describe('Facebook friends JSON', () => {
  it('repairs mojibake (UTF-8 read as Latin-1 or cp1252) and leaves correct text alone', () => {
    const r = parse('facebook-friends-mojibake.json');
    expect(r.contacts.map((c) => c.displayName)).toEqual([
      'François Beaumont',
      'José María',
      'Renée Åberg',
      'Chloé Plain',
      '百合 Tanaka',
    ]);
    expect(r.contacts[0]).toMatchObject({ identities: [], connectedOn: '2009-05-28', line: 3 });
  });

  it('reads the older "friends" key with contact_info', () => {
    const r = parse('facebook-friends-old.json');
    expect(r.contacts[0]).toMatchObject({ displayName: 'Old Friend', identities: ['email:old.friend@example.com'] });
    expect(r.contacts).toHaveLength(2);
  });

  it('refuses a Facebook file that is not the friends list', () => {
    const r = parse('facebook-requests.json');
    expect(r.contacts).toEqual([]);
    expect(r.errors[0]?.message).toMatch(/received friend requests/);
  });

  it('refuses JSON that is not a Facebook export, and broken JSON with its line', () => {
    expect(parseContactsFile('x.json', '{"people":[]}').errors[0]?.message).toMatch(/not a Facebook friends export/);
    const broken = parseContactsFile('x.json', '{\n  "friends_v2": [\n    { "name": "A", }\n  ]\n}');
    expect(broken.contacts).toEqual([]);
    expect(broken.errors[0]?.message).toMatch(/not valid JSON/);
  });
});

describe('vCard', () => {
  it('2.1: quoted-printable with soft line breaks, UTF-8 / ISO-8859-1 / windows-1252, bare params, nested AGENT', () => {
    const r = parse('vcard21-qp.vcf');
    expect(r.errors).toEqual([]);
    expect(r.contacts.map((c) => c.displayName)).toEqual(['Jörg Müller', 'Anaïs François']);
    expect(r.contacts[0]).toMatchObject({
      identities: ['phone:+491511234567', 'email:joerg@example.de'],
      notes: 'Café mit\nzwei Zeilen',
      birthday: '1980-01-02',
    });
    expect(r.contacts[0]?.tags).toBeUndefined(); // "My Contacts" is Android's system group
    // the nested AGENT card is not a contact and lends nothing to its host
    expect(JSON.stringify(r.contacts)).not.toContain('agent@example.com');
    expect(r.contacts[1]).toMatchObject({ identities: [], phones: ['0612345678'], line: 19 });
  });

  it('3.0: folding, escapes, grouped properties, URL with \\:, BDAY with and without year', () => {
    const r = parse('vcard30.vcf');
    const ada = byName(r.contacts, 'Ada Lovelace, Countess');
    expect(ada).toMatchObject({
      identities: ['email:ada@example.com', 'linkedin:ada-lovelace', 'phone:+447700900456'],
      birthday: '--03-15',
      notes: 'Line one\nLine two; with semicolon',
      tags: ['Team', 'VIP'],
    });
    expect(r.contacts.map((c) => c.birthday)).toEqual(['--03-15', '1791-12-26', '--03-15', '1990-03-15']);
  });

  it('4.0: tel: URIs, X-SOCIALPROFILE (URL and X-USER), IMPP, --MMDD; skips KIND:group with a warning', () => {
    const r = parse('vcard40.vcf');
    expect(r.contacts).toHaveLength(1);
    expect(r.contacts[0]).toMatchObject({
      displayName: 'Grace Hopper',
      identities: [
        'phone:+12025550143',
        'email:grace@example.com',
        'x:gracehopper',
        'facebook:grace.hopper',
        'instagram:amazing_grace',
      ],
      birthday: '--12-09',
      company: 'US Navy',
      title: 'Rear Admiral',
    });
    expect(r.warnings).toContainEqual(expect.objectContaining({ field: 'KIND', line: 15 }));
  });

  it('a card without END:VCARD is an error naming its BEGIN line; the complete cards are kept', () => {
    const r = parse('bad-unterminated.vcf');
    expect(r.contacts.map((c) => c.displayName)).toEqual(['Complete Card', 'After Broken']);
    expect(r.errors).toEqual([
      expect.objectContaining({ line: 6, field: 'END:VCARD' }),
      expect.objectContaining({ line: 15, field: 'END:VCARD' }),
    ]);
  });

  it('a .vcf without BEGIN:VCARD is refused', () => {
    const r = parseContactsFile('x.vcf', 'FN:Jane\nEMAIL:jane@example.com\n');
    expect(r.contacts).toEqual([]);
    expect(r.errors[0]?.message).toMatch(/BEGIN:VCARD/);
  });
});

describe('bad input', () => {
  it('binary content is refused', () => {
    const r = parseContactsFile('photo.csv', 'PK\u0003\u0004\u0000\u0000binary');
    expect(r).toMatchObject({ contacts: [], format: 'unknown' });
    expect(r.errors[0]?.message).toMatch(/not text/);
  });

  it('an empty or blank file is refused', () => {
    expect(parse('empty.csv').errors[0]?.message).toMatch(/empty/);
    expect(parse('blank.csv').errors[0]?.message).toMatch(/empty/);
  });

  it('a file over 50 MB is refused before parsing', () => {
    const r = parseContactsFile('huge.csv', 'x'.repeat(MAX_IMPORT_CHARS + 1));
    expect(r.contacts).toEqual([]);
    expect(r.errors[0]?.message).toMatch(/larger than 50 MB/);
  });

  it('a CSV with an unrecognised header is refused, naming the line and the columns', () => {
    const r = parse('bad-header.csv');
    expect(r).toMatchObject({ format: 'unknown', contacts: [] });
    expect(r.errors).toEqual([{ line: 1, field: 'header', message: expect.stringContaining('"full_name"') }]);
  });

  it('a header with no rows gives an error, not an empty success', () => {
    const r = parseContactsFile('x.csv', 'First Name,Last Name,E-mail 1 - Value\n');
    expect(r.contacts).toEqual([]);
    expect(r.errors[0]?.message).toMatch(/no contacts/);
  });

  it('an unclosed quote names the lines it swallowed; the rows before are kept', () => {
    const r = parse('bad-quotes.csv');
    expect(r.contacts.map((c) => c.displayName)).toEqual(['Good Row']);
    expect(r.errors).toEqual([{ line: 3, message: expect.stringMatching(/lines 3-4 .*never closed/) }]);
  });

  it('formulas are never evaluated: HYPERLINK and ="…" are unwrapped, the rest kept as text, each reported', () => {
    const r = parse('formulas.csv');
    expect(r.errors).toEqual([]);
    const eve = byName(r.contacts, 'Eve Smith');
    expect(eve.notes).toBe('=1+2');
    expect(eve.identities).toContain('linkedin:eve-smith');
    expect(JSON.stringify(r.contacts)).not.toContain('evil.example');
    expect(byName(r.contacts, 'Mallory @SUM(A1:A9)').phones).toEqual(['0612345678']);
    expect(byName(r.contacts, 'Dan Dde').notes).toBe("+cmd|' /C calc'!A0");
    expect(r.warnings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ line: 2, field: 'First Name', message: expect.stringMatching(/HYPERLINK/) }),
        expect.objectContaining({ line: 2, field: 'Notes', message: expect.stringMatching(/formula/) }),
        expect.objectContaining({ line: 3, field: 'Last Name', message: expect.stringMatching(/formula/) }),
        expect.objectContaining({ line: 5, field: 'Notes', message: expect.stringMatching(/formula/) }),
      ]),
    );
    // our own export's escaping apostrophe is removed again
    const escaped = r.contacts.find((c) => c.emails?.includes('escaped@example.com'));
    expect(escaped).toMatchObject({ displayName: '=Escaped Back', notes: '- a bullet' });
    expect(escaped?.identities).toContain('phone:+14155550122');
  });

  it('rows sharing an identity are merged and reported; same-name rows without identities are not', () => {
    const r = parse('duplicates.csv');
    expect(r.contacts).toHaveLength(3);
    expect(r.contacts[0]).toMatchObject({
      displayName: 'Jane Doe',
      identities: ['email:jane@example.com', 'phone:+14155550100'],
      notes: 'first note\n\nsecond note',
      tags: ['A', 'B'],
    });
    expect(r.warnings).toContainEqual(
      expect.objectContaining({ line: 3, field: 'identities', message: expect.stringMatching(/line 2/) }),
    );
  });

  it('over-long values are shortened to the model limits and reported', () => {
    const csv = `First Name,Last Name,E-mail 1 - Value,Notes\n${'N'.repeat(300)},X,long@example.com,${'z'.repeat(12_000)}\n`;
    const r = parseContactsFile('x.csv', csv);
    expect(r.contacts[0]?.displayName).toHaveLength(200);
    expect(r.contacts[0]?.notes).toHaveLength(10_000);
    expect(r.warnings?.map((w) => w.field)).toEqual(expect.arrayContaining(['name', 'notes']));
  });
});
