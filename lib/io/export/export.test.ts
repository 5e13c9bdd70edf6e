import { describe, expect, it } from 'vitest';
import type { Contact } from '../../model/contact';
import { DEFAULT_SETTINGS } from '../../model/settings';
import { storedContact } from '../../model/testing';
import { parseContactsFile } from '../index';
import { BACKUP_TABLES, backupParts, MAX_BACKUP_CHARS, rowsJson, serializeBackup, validateRows } from './backup';
import {
  BackupError,
  type BackupInput,
  contactsToGoogleCsv,
  contactsToVCard,
  type ExportableContact,
  escapeCsvCell,
  exportBackup,
  foldLine,
  parseBackup,
  touchesToICalendar,
} from './index';

const exportBackupRow = (i: number) =>
  JSON.stringify({
    id: `k${i}`,
    name: `Person ${i}`,
    role: 'customer',
    stage: 'friend',
    startedAt: '2026-01-01',
    notes: 'n'.repeat(150),
    createdAt: 1,
    updatedAt: 1,
  });

const NOW = Date.UTC(2026, 4, 1, 9, 30, 0);

const contact = (over: Partial<Contact> = {}): Contact =>
  storedContact({
    name: 'Jane Doe',
    startedAt: '2026-01-10',
    identities: ['email:jane@example.com'],
    createdAt: 1,
    updatedAt: 2,
    ...over,
  });

const PEOPLE: ExportableContact[] = [
  {
    name: 'Chloé Van Damme, Jr.',
    identities: [
      'email:chloe@vandamme.example',
      'phone:+41791234567',
      'linkedin:chloe-vd',
      'facebook:id:100012345',
      'instagram:chloe.vd',
      'x:chloevd',
      'whatsapp:+41791234500',
    ],
    birthday: '--03-15',
    notes: 'Line one\nLine two; "quoted", with commas\\ and a backslash',
    tags: ['Team', 'VIP, gold'],
    company: 'Widgets, Inc.',
    title: 'Head of "Special" Projects',
    phones: ['+41 79 123 45 67', '020 7946 0958 ext 2'],
  },
  { name: '=cmd|evil', identities: ['email:eve@example.com'], notes: '-2+3', birthday: '1990-02-28' },
  { name: 'Élise 🌸 Ünal', identities: ['facebook:elise.unal'], notes: 'ü'.repeat(120) },
];

describe('backup', () => {
  const data: BackupInput = {
    version: 1,
    exportedAt: 0,
    contacts: [
      contact({ birthday: '--02-29', notes: 'likes tea', tags: ['Team'] }),
      {
        id: 'c2',
        name: 'Bo',
        role: 'prospect',
        stage: 'associate',
        startedAt: '2026-03-01',
        createdAt: 5,
        updatedAt: 5,
      },
    ],
    touches: [{ id: 't1', contactId: 'c1', kind: 'call', at: '2026-02-01T10:00', createdAt: 1, updatedAt: 1 }],
    orders: [{ id: 'o1', contactId: 'c1', at: '2026-02-02', amount: 49.5, createdAt: 1, updatedAt: 1 }],
    wins: [{ id: 'w1', contactId: 'c1', kind: 'first_sale', at: '2026-02-03', createdAt: 1, updatedAt: 1 }],
    teamCalls: [{ id: 'tc1', contactId: 'c1', at: '2026-02-04', attended: true, createdAt: 1, updatedAt: 1 }],
    suggestionStates: [
      {
        id: 's1',
        contactId: 'c1',
        kind: 'checkin_call',
        due: '2026-02-05',
        state: 'snoozed',
        until: '2026-02-08',
        createdAt: 1,
        updatedAt: 1,
      },
    ],
    settings: { ...DEFAULT_SETTINGS, myName: 'Me', defaultCountry: 'US' },
    templates: [{ id: 'welcome_email', kind: 'welcome_email', body: 'Hi {name}', updatedAt: 0 }],
  };

  it('round-trips exactly: export, parse, export gives the same string', () => {
    const text = exportBackup(data, NOW);
    const parsed = parseBackup(text);
    expect(parsed.exportedAt).toBe(NOW);
    expect(parsed.contacts[0]?.birthday).toBe('--02-29');
    expect(exportBackup(parsed, NOW)).toBe(text);
    expect(JSON.parse(text)).toMatchObject({ kind: 'kindred-backup', version: 1 });
    // compact: one line, kind first
    expect(text.startsWith('{"kind":"kindred-backup","version":1,"exportedAt":')).toBe(true);
    expect(text.indexOf('\n')).toBe(text.length - 1);
  });

  it('serialises rows from the database without re-validating them, in the schema key order', () => {
    const parsed = parseBackup(exportBackup(data, NOW));
    expect(serializeBackup(parsed, NOW)).toBe(exportBackup(data, NOW));
    // a row whose keys were written in another order (a Dexie modify adds keys at the end)
    const { id, ...rest } = parsed.contacts[0]!;
    const shuffled = { ...parsed, contacts: [{ ...rest, id, extra: 'dropped' } as Contact, parsed.contacts[1]!] };
    expect(serializeBackup(shuffled, NOW)).toBe(exportBackup(data, NOW));
    // pieces joined give the same file (the app page assembles chunks into a Blob)
    const tables = Object.fromEntries(BACKUP_TABLES.map((t) => [t, parsed[t].map((r) => rowsJson(t, [r]))]));
    expect(backupParts(tables as never, parsed.settings, NOW).join('')).toBe(exportBackup(data, NOW));
  });

  it('validates rows chunk by chunk, naming the row of the whole table', () => {
    const rows = parseBackup(exportBackup(data, NOW)).touches;
    const seen = new Set<string>();
    expect(validateRows('touches', rows, 0, seen)).toEqual(rows);
    expect(() => validateRows('touches', rows, 5, seen)).toThrow(/the id "t1" is used twice/);
    const bad = [{ ...rows[0], id: 't2', at: 'soon' }, null];
    expect(() => validateRows('touches', bad, 40)).toThrow(/2 problem row\(s\) in touches/);
    try {
      validateRows('touches', bad, 40);
    } catch (e) {
      expect((e as BackupError).issues).toEqual([
        'touches[40].at: must be an ISO date or date-time',
        'touches[41]: Invalid input: expected object, received null',
      ]);
    }
  });

  it('reads backups larger than a contacts file may be (our own format)', () => {
    const text = exportBackup(data, NOW);
    const big = text
      .replace('"likes tea"', `"${'x'.repeat(9_000)}"`)
      .replace('"contacts":[', `"contacts":[${Array.from({ length: 6_000 }, (_, i) => exportBackupRow(i)).join(',')},`);
    expect(big.length).toBeGreaterThan(1_000_000);
    expect(parseBackup(big).contacts).toHaveLength(6_002);
    expect(() => parseBackup(' '.repeat(MAX_BACKUP_CHARS + 1))).toThrow(/larger than 500 MB/);
  });

  it('applies the model defaults, so a sparse row is stored complete', () => {
    const parsed = parseBackup(exportBackup(data, NOW));
    expect(parsed.contacts[1]).toMatchObject({ tags: [], notes: '', identities: [], risk: 0 });
  });

  it('names every problem with its path', () => {
    const text = exportBackup(data, NOW).replace('"--02-29"', '"1990-02-30"');
    expect(() => parseBackup(text)).toThrowError(BackupError);
    try {
      parseBackup(text);
    } catch (e) {
      expect((e as BackupError).issues).toEqual(['contacts[0].birthday: must be yyyy-MM-dd or --MM-dd']);
    }
  });

  it('refuses other files, newer versions, broken JSON and duplicate ids', () => {
    expect(() => parseBackup('{"contacts":[]}')).toThrow(/not a Kindred backup/);
    expect(() => parseBackup('{"kind":"kindred-backup","version":2}')).toThrow(/newer Kindred/);
    expect(() => parseBackup('{"kind":"kindred-backup",')).toThrow(/not valid JSON/);
    const twice = { ...data, contacts: [contact(), contact()] };
    expect(() => exportBackup(twice, NOW)).toThrow(/"c1" is used twice/);
  });
});

describe('Google CSV export', () => {
  it('escapes every cell that starts with = + - @ tab or CR', () => {
    for (const bad of ['=1+2', '+1 555', '-2', '@SUM(A1)', '\tx', '\rx']) expect(escapeCsvCell(bad)).toBe(`'${bad}`);
    expect(escapeCsvCell('plain')).toBe('plain');
    const csv = contactsToGoogleCsv(PEOPLE);
    expect(csv).toContain("'=cmd|evil");
    expect(csv).toContain("'-2+3");
    expect(csv).toContain("'+41791234567");
    expect(csv.split('\r\n')[0]).toMatch(/^First Name,Middle Name,Last Name,/);
    for (const line of csv.split('\r\n').slice(1))
      for (const cell of line.split(',')) expect(cell).not.toMatch(/^[=+\-@]/);
  });

  it('re-imports with the same names, identities and birthdays', () => {
    const r = parseContactsFile('export.csv', contactsToGoogleCsv(PEOPLE));
    expect(r.format).toBe('google-csv');
    expect(r.errors).toEqual([]);
    expect(r.contacts.map((c) => c.displayName)).toEqual(PEOPLE.map((p) => p.name));
    expect(r.contacts.map((c) => [...c.identities].sort())).toEqual(PEOPLE.map((p) => [...p.identities].sort()));
    expect(r.contacts.map((c) => c.birthday)).toEqual(PEOPLE.map((p) => p.birthday));
    expect(r.contacts[0]).toMatchObject({
      notes: PEOPLE[0]?.notes,
      tags: ['Team', 'VIP, gold'],
      company: 'Widgets, Inc.',
      title: 'Head of "Special" Projects',
    });
    expect(r.contacts[0]?.phones).toContain('020 7946 0958 ext 2');
    expect(r.contacts[1]?.notes).toBe('-2+3');
  });
});

describe('vCard export', () => {
  const vcf = contactsToVCard(PEOPLE);

  it('writes vCard 4.0 with CRLF, escaped text, --MMDD birthdays and lines of at most 75 octets', () => {
    expect(vcf.startsWith('BEGIN:VCARD\r\nVERSION:4.0\r\n')).toBe(true);
    expect(vcf.endsWith('END:VCARD\r\n')).toBe(true);
    expect(vcf.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(vcf).toContain('FN:Chloé Van Damme\\, Jr.');
    expect(vcf).toContain('BDAY:--0315');
    expect(vcf).toContain('BDAY:19900228');
    expect(vcf).toContain('ORG:Widgets\\, Inc.');
    expect(vcf).toContain('CATEGORIES:Team,VIP\\, gold');
    expect(vcf).toContain('X-SOCIALPROFILE;TYPE=linkedin:https://www.linkedin.com/in/chloe-vd/');
    expect(vcf).toContain('TEL;VALUE=uri;TYPE=cell:tel:+41791234567');
    for (const line of vcf.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('re-imports with the same names, identities, birthdays and notes', () => {
    const r = parseContactsFile('export.vcf', vcf);
    expect(r.errors).toEqual([]);
    expect(r.contacts.map((c) => c.displayName)).toEqual(PEOPLE.map((p) => p.name));
    expect(r.contacts.map((c) => [...c.identities].sort())).toEqual(PEOPLE.map((p) => [...p.identities].sort()));
    expect(r.contacts.map((c) => c.birthday)).toEqual(PEOPLE.map((p) => p.birthday));
    expect(r.contacts.map((c) => c.notes)).toEqual(PEOPLE.map((p) => p.notes));
    expect(r.contacts[0]?.tags).toEqual(['Team', 'VIP, gold']);
  });
});

describe('folding', () => {
  it('never splits a multi-byte character and keeps every continuation within 75 octets', () => {
    const line = `NOTE:${'é🌸'.repeat(40)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(new TextEncoder().encode(p).length).toBeLessThanOrEqual(75);
    expect(parts.map((p, i) => (i ? p.slice(1) : p)).join('')).toBe(line);
  });
});

describe('iCalendar export', () => {
  const ics = touchesToICalendar(
    [
      {
        uid: 'touch-1@kindred',
        date: '2026-05-04',
        summary: 'Call Jane, ask about the trip',
        description: 'Line 1\nLine 2; ok',
      },
      { uid: 'bday-c1@kindred', date: '2026-12-31', summary: 'Birthday: Jane Doe', yearly: true },
      { uid: 'bday-c2@kindred', date: '2028-02-29', summary: 'Birthday: Leap Person', yearly: true },
    ],
    NOW,
  );

  it('writes all-day VEVENTs with DTSTAMP, escaped text, CRLF and yearly birthdays', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(3);
    expect(ics).toContain('DTSTAMP:20260501T093000Z');
    expect(ics).toContain('DTSTART;VALUE=DATE:20260504\r\nDTEND;VALUE=DATE:20260505');
    expect(ics).toContain('DTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101\r\nRRULE:FREQ=YEARLY\r\n');
    expect(ics).toContain('RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1');
    expect(ics).toContain('SUMMARY:Call Jane\\, ask about the trip');
    expect(ics).toContain('DESCRIPTION:Line 1\\nLine 2\\; ok');
    expect(ics.split('\r\n')[4]).toBe('BEGIN:VEVENT');
    expect(ics.match(/RRULE/g)).toHaveLength(2);
  });

  it('refuses an item with an impossible date', () => {
    expect(() => touchesToICalendar([{ uid: 'x', date: '2026-02-30', summary: 's' }], NOW)).toThrow(/x/);
  });
});
