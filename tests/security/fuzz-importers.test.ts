import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type ImportResult, parseContactsFile } from '../../lib/io';
import { BackupError, type BackupInput, exportBackup, parseBackup } from '../../lib/io/export';
import { BACKUP_TABLES } from '../../lib/io/export/backup';
import { ImportItemWire } from '../../lib/messaging/app-protocol';
import { DEFAULT_SETTINGS } from '../../lib/model/settings';
import { HOSTILE_STRINGS, hostileString, int, junk, mulberry32, pick, type Rng, SEED } from './fuzz-lib';

/**
 * Issue 7.3: random, truncated and corrupted files through the importers (seeded: FUZZ_SEED
 * replays). A file is hostile input: only the documented BackupError may escape parseBackup,
 * parseContactsFile never throws, and a fatal result carries no partial contacts.
 */
const DIR = resolve(__dirname, '../fixtures/imports');
const files = readdirSync(DIR).map((name) => ({ name, text: readFileSync(join(DIR, name), 'utf8') }));
const IDENTITY = /^[a-z]+:[^\s<>]{1,200}$/;

function checkImport(name: string, text: string, where: string): ImportResult {
  let result: ImportResult;
  try {
    result = parseContactsFile(name, text, { defaultCountry: 'US' });
  } catch (error) {
    throw new Error(`${where}: parseContactsFile threw: ${String(error).slice(0, 300)}`);
  }
  expect(Array.isArray(result.contacts), where).toBe(true);
  expect(Array.isArray(result.errors), where).toBe(true);
  // fatal: an unknown format, or a file-level error (no line) with nothing imported
  if (result.format === 'unknown') {
    expect(result.contacts, `${where}: unknown format but contacts`).toEqual([]);
    expect(result.errors.length, `${where}: unknown format without an error`).toBeGreaterThan(0);
  }
  if (result.contacts.length === 0) expect(result.errors.length, `${where}: nothing and no error`).toBeGreaterThan(0);
  for (const issue of result.errors) expect(typeof issue.message, where).toBe('string');
  for (const c of result.contacts) {
    const label = `${where} line ${c.line} ${JSON.stringify(c.displayName.slice(0, 60))}`;
    expect(typeof c.displayName, label).toBe('string');
    expect(c.displayName.trim().length, label).toBeGreaterThan(0);
    for (const key of c.identities) expect(key, label).toMatch(IDENTITY);
    // what the app page sends for this row is what the background accepts
    const wire = ImportItemWire.safeParse({
      displayName: c.displayName,
      identities: c.identities,
      birthday: c.birthday,
      notes: c.notes,
      phones: c.phones,
      company: c.company,
      tags: c.tags,
      connectedOn: c.connectedOn,
      line: c.line,
    });
    expect(wire.success ? '' : JSON.stringify(wire.error.issues[0]), label).toBe('');
  }
  return result;
}

function cut(rng: Rng, text: string): string {
  return text.slice(0, int(rng, text.length + 1));
}

function flip(rng: Rng, text: string): string {
  const chars = [...text];
  for (let n = 1 + int(rng, 8); n > 0 && chars.length; n--) {
    const i = int(rng, chars.length);
    chars[i] = String.fromCharCode(chars[i]!.charCodeAt(0) ^ (1 << int(rng, 16)));
  }
  return chars.join('');
}

function inject(rng: Rng, text: string): string {
  const i = int(rng, text.length + 1);
  const what = pick(rng, [
    hostileString(rng),
    '\n',
    '"',
    ',',
    '\nBEGIN:VCARD\n',
    '\nEND:VCARD\n',
    '{',
    ']',
    '=HYPERLINK("http://evil.example")',
    `"${'x'.repeat(200_000)}`,
    '\u0000',
  ]);
  return text.slice(0, i) + what + text.slice(i);
}

function lines(rng: Rng, text: string): string {
  const all = text.split('\n');
  const out: string[] = [];
  for (const line of all) {
    const r = rng();
    if (r < 0.1) continue; // dropped
    out.push(line);
    if (r > 0.9) out.push(line); // duplicated
  }
  if (rng() < 0.3) out.splice(int(rng, out.length), 0, 'x'.repeat(100_000 + int(rng, 400_000))); // huge line
  return out.join(rng() < 0.5 ? '\n' : '\r\n');
}

function mutateFile(rng: Rng, text: string): string {
  let out = text;
  for (let n = 1 + int(rng, 4); n > 0; n--) out = pick(rng, [cut, flip, inject, lines])(rng, out);
  return out;
}

describe('fuzz: contact file importers', () => {
  it('every import fixture cut, flipped, injected and reshuffled: no throw, no partial fatal results', () => {
    const rng = mulberry32(SEED);
    const ROUNDS = Number(process.env.FUZZ_FILES ?? 1_200);
    let imported = 0;
    for (let i = 0; i < ROUNDS; i++) {
      const file = pick(rng, files);
      const text = mutateFile(rng, file.text);
      const name = rng() < 0.8 ? file.name : pick(rng, ['x.csv', 'x.vcf', 'x.json', 'x', 'x.txt', '']);
      imported += checkImport(name, text, `seed=${SEED} round=${i} file=${file.name}`).contacts.length;
    }
    expect(imported).toBeGreaterThan(500); // the mutations left real rows to check
  }, 30_000);

  it('every fixture cut at every 97th offset (truncated downloads)', () => {
    for (const file of files)
      for (let at = 0; at <= file.text.length; at += 97)
        checkImport(file.name, file.text.slice(0, at), `${file.name} cut at ${at}`);
  }, 30_000);

  it('binary junk, random text, huge lines and hostile cells', () => {
    const rng = mulberry32(SEED ^ 0xf11e);
    for (let i = 0; i < 300; i++) {
      const length = pick(rng, [0, 1, 10, 1_000, 50_000]);
      let text = '';
      if (i % 3 === 0) for (let b = 0; b < length; b++) text += String.fromCharCode(int(rng, 256));
      else text = junk(rng, length);
      checkImport(pick(rng, ['a.csv', 'a.vcf', 'a.json', 'a']), text, `junk ${i}`);
    }
    const header = 'First Name,Last Name,E-mail 1 - Value,Phone 1 - Value,Notes\n';
    const rows = HOSTILE_STRINGS.map(
      (s, i) => `"${s.replace(/"/g, '""')}",X${i},p${i}@example.com,+1555000${i},"${s}"`,
    );
    checkImport('google.csv', header + rows.join('\n'), 'hostile cells');
    checkImport('google.csv', `${header}${'Ann,Lee,a@example.com,,'.repeat(1)}\n${'y'.repeat(2_000_000)}`, 'huge line');
    const vcard = HOSTILE_STRINGS.map(
      (s, i) => `BEGIN:VCARD\nVERSION:3.0\nFN:${s}\nEMAIL:v${i}@example.com\nNOTE:${s}\nEND:VCARD`,
    ).join('\n');
    checkImport('x.vcf', vcard, 'hostile vcards');
    checkImport('x.vcf', `BEGIN:VCARD\n${'FN:a\n '.repeat(100_000)}END:VCARD`, 'endless folding');
    checkImport('x.csv', `${'a,'.repeat(100_000)}\n${'"'.repeat(100_001)}`, 'wide and unbalanced');
  }, 30_000);

  it('refuses oversized files before parsing them, with no partial result', () => {
    const result = checkImport('big.csv', 'a'.repeat(50 * 1024 * 1024 + 1), 'oversized');
    expect(result.contacts).toEqual([]);
    expect(result.errors[0]?.message).toMatch(/larger than/);
  });

  it('JSON keys like __proto__ and constructor pollute nothing', () => {
    const json = `{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},"friends_v2":[{"name":"__proto__","timestamp":1},{"name":"constructor","timestamp":2,"__proto__":{"polluted":1}}]}`;
    checkImport('friends.json', json, 'proto json');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});

describe('fuzz: backup reader', () => {
  const base: BackupInput = {
    version: 1,
    exportedAt: 0,
    contacts: [
      {
        id: 'c1',
        name: 'Jane Doe',
        role: 'customer',
        stage: 'associate',
        startedAt: '2026-01-10',
        identities: ['email:jane@example.com', 'linkedin:jane-doe'],
        tags: ['Team'],
        notes: 'likes tea',
        birthday: '--02-29',
        createdAt: 1,
        updatedAt: 2,
      },
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
    suggestionStates: [],
    settings: { ...DEFAULT_SETTINGS, myName: 'Me' },
    templates: [{ id: 'welcome_email', kind: 'welcome_email', body: 'Hi {name}', updatedAt: 0 }],
  };
  const good = exportBackup(base, Date.UTC(2026, 4, 1));

  /** parseBackup either returns a whole backup or throws BackupError: nothing else, nothing partial. */
  function checkBackup(text: string, where: string): 'ok' | 'refused' {
    try {
      const data = parseBackup(text);
      for (const table of BACKUP_TABLES) expect(Array.isArray(data[table]), where).toBe(true);
      expect(data.settings, where).toBeDefined();
      return 'ok';
    } catch (error) {
      if (error instanceof BackupError) return 'refused';
      throw new Error(`${where}: parseBackup threw ${String(error).slice(0, 300)}`);
    }
  }

  it('a valid backup parses; cut, flipped and injected ones are refused with BackupError only', () => {
    expect(checkBackup(good, 'good')).toBe('ok');
    const rng = mulberry32(SEED ^ 0xbac);
    const outcomes = { ok: 0, refused: 0 };
    for (let i = 0; i < 1_500; i++) outcomes[checkBackup(mutateFile(rng, good), `seed=${SEED} backup round=${i}`)]++;
    for (let at = 0; at < good.length; at += 7) outcomes[checkBackup(good.slice(0, at), `backup cut at ${at}`)]++;
    expect(outcomes.refused).toBeGreaterThan(500);
  }, 30_000);

  it('junk, wrong shapes and prototype keys are refused and pollute nothing', () => {
    const rng = mulberry32(SEED ^ 0xb1b);
    for (let i = 0; i < 200; i++) checkBackup(junk(rng, pick(rng, [0, 5, 500, 20_000])), `junk ${i}`);
    // Each edit must really change the file, or its case would test nothing.
    const edit = (from: string, to: string) => {
      expect(good, `the backup holds ${from}`).toContain(from);
      return good.replace(from, to);
    };
    const shapes = [
      'null',
      '0',
      '"kindred-backup"',
      '[]',
      '{"kind":"kindred-backup","version":1}',
      '{"kind":"kindred-backup","version":"1"}',
      '{"kind":"kindred-backup","version":1e400}',
      '{"kind":"kindred-backup","version":-1}',
      `{"kind":"kindred-backup","version":1,"contacts":${'['.repeat(5_000)}${']'.repeat(5_000)}}`,
      edit('"contacts":[', '"contacts":[null,'),
      edit('"kind":"kindred-backup",', '"kind":"kindred-backup","__proto__":{"polluted":1},'),
      edit(
        '"name":"Jane Doe"',
        '"name":"Jane Doe","__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}',
      ),
      edit('"myName":"Me"', '"myName":"Me","__proto__":{"polluted":1}'),
      edit('"name":"Jane Doe"', `"name":"${'J'.repeat(100_000)}"`),
      edit('"name":"Jane Doe"', '"name":"<img src=x onerror=alert(1)>"'),
    ];
    for (const [i, text] of shapes.entries()) checkBackup(text, `shape ${i}`);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(() => parseBackup('x'.repeat(50 * 1024 * 1024 + 1))).toThrow(BackupError);
  }, 30_000);
});
