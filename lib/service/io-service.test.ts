import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KindredDB } from '../db/db';
import { backend } from '../db/idb';
import {
  type BackupTable,
  exportBackup,
  parseBackup,
  type RestoreSink,
  readBackupFile,
  sendRestore,
} from '../io/export/backup';
import { backupFromDatabase, backupText } from './backup-file';
import {
  bulkEdit,
  duplicates,
  merge,
  previewImport,
  restoreAbort,
  restoreBegin,
  restoreChunk,
  restoreCommit,
  runImport,
  trashList,
} from './io-service';
import { KindredService } from './service';

let db: KindredDB;
let service: KindredService;
let n = 0;
const NOW = new Date(2026, 10, 23, 12).getTime();
beforeEach(() => {
  db = new KindredDB(`test-io-service-${n++}`);
  service = new KindredService(db, () => NOW);
});
afterEach(async () => {
  await db.delete();
});

async function seed() {
  const maria = await service.addContact({
    name: 'Maria Lopez',
    role: 'distributor',
    stage: 'friend',
    identities: ['email:maria@example.com'],
    birthday: '--03-15',
    startedAt: '2026-10-01',
  });
  const tom = await service.addContact({ name: 'Tom Baker', role: 'customer', stage: 'associate' });
  await service.logTouch({ contactId: maria.id, kind: 'call', direction: 'both', at: '2026-11-01T10:00:00' });
  await service.logOrder({ contactId: tom.id, at: '2026-11-02', amount: 40, autoship: true });
  await service.logWin({ contactId: maria.id, kind: 'first_sale', at: '2026-11-03' });
  await service.logTeamCall({ contactId: maria.id, at: '2026-11-04', attended: true });
  await service.setSuggestion({ contactId: tom.id, kind: 'tips', due: '2026-11-20', state: 'skipped' });
  await service.saveSettings({ myName: 'Jane', playbook: { cadenceDays: { friend: 10 } } });
  await service.saveTemplate({ id: 'tips', kind: 'tips', body: 'Hi {firstName}, a tip.' });
  const gone = await service.addContact({ name: 'Gone Person', role: 'prospect', stage: 'associate' });
  await service.trash([gone.id]);
  return { maria, tom, gone };
}

describe('import', () => {
  it('previews new, matching and same-name rows, then imports them and recomputes', async () => {
    const { maria } = await seed();
    const rows = [
      { displayName: 'Maria L', identities: ['email:maria@example.com', 'x:marial'], line: 2 },
      { displayName: 'Tom Baker', identities: ['email:tom@example.org'], line: 3 },
      { displayName: 'Ana New', identities: [], line: 4 },
    ];
    const preview = await previewImport(db, rows);
    expect(preview).toMatchObject({ total: 3, fresh: 2 });
    expect(preview.matching.list).toEqual([
      { line: 2, name: 'Maria L', contactId: maria.id, contactName: 'Maria Lopez' },
    ]);
    expect(preview.possible.list).toEqual([{ line: 3, name: 'Tom Baker', contactNames: ['Tom Baker'] }]);

    const summary = await runImport(
      service,
      rows,
      { role: 'customer', stage: 'associate', tags: [], useConnectedOn: false },
      NOW,
    );
    expect(summary).toMatchObject({ created: 2, merged: 1 });
    const ana = (await service.listContacts()).find((c) => c.name === 'Ana New')!;
    expect(ana.nextTouchAt).toBeDefined(); // recomputed
    expect((await service.contactView(maria.id)).contact.identities).toContain('x:marial');
  });
});

const sink: () => RestoreSink = () => ({
  begin: async (settings, counts) => restoreBegin(settings, counts),
  chunk: async (session, table, json) => restoreChunk(session, table, json),
  commit: (session) => restoreCommit(service, session),
  abort: async (session) => restoreAbort(session),
});
/** The app page's read of the file (lib/service/backup-file.ts); a small `chunk` forces many reads. */
const exported = async (chunk = 2) => (await backupFromDatabase(await backend(db), NOW, { chunk })).join('');
/** Rows per table; digests are a cache of the history, built again for live contacts at the restore's recompute. */
const counts = async () =>
  Object.fromEntries(
    await Promise.all(db.tables.filter((t) => t.name !== 'digests').map(async (t) => [t.name, await t.count()])),
  );

describe('backup', () => {
  it('round trips exactly: export, wipe, restore through the chunked messages, export', async () => {
    await seed();
    const first = await exported();
    expect(await exported(1)).toBe(first); // chunking does not change the file
    expect(await exported(20_000)).toBe(first);
    expect(await backupText(db, NOW)).toBe(first); // the weekly backup reads the database directly
    expect(exportBackup(parseBackup(first), NOW)).toBe(first); // the validated path writes the same text
    expect(first).not.toContain('\n  '); // compact
    const before = await counts();
    await Promise.all(db.tables.map((t) => t.clear()));
    expect(await db.contacts.count()).toBe(0);
    const restored = await sendRestore(readBackupFile(first), sink());
    expect(restored.contacts).toBe(2);
    expect(await counts()).toEqual(before);
    expect(await exported()).toBe(first);
    const parsed = JSON.parse(first);
    expect(parsed).toMatchObject({ kind: 'kindred-backup', version: 1, exportedAt: NOW });
    expect(parsed.contacts).toHaveLength(3);
    expect(parsed.touches.length).toBeGreaterThan(0);
    expect(parsed.templates).toHaveLength(1);
    expect(parsed.settings.myName).toBe('Jane');
  });

  it('a corrupt chunk aborts the restore and writes nothing', async () => {
    await seed();
    const before = await counts();
    const file = readBackupFile(await exported());
    const bad = {
      ...file,
      tables: { ...file.tables, touches: [{ ...(file.tables.touches[0] as object), at: 'soon' }] },
    };
    await expect(sendRestore(bad, sink())).rejects.toThrow(/touches\[0\]\.at/);
    expect(await counts()).toEqual(before);
    expect(await exported()).toBe(await exported(20_000));
  });

  it('a restore missing a chunk, abandoned or replaced by another writes nothing', async () => {
    await seed();
    const before = await counts();
    const file = readBackupFile(await exported());
    const n = (t: BackupTable) => file.tables[t].length;
    const all = Object.fromEntries(
      (['contacts', 'touches', 'orders', 'wins', 'teamCalls', 'suggestionStates', 'templates'] as const).map((t) => [
        t,
        n(t),
      ]),
    ) as Record<BackupTable, number>;
    const rows = (t: BackupTable) => file.tables[t].map((r) => JSON.stringify(r)).join(',');
    // contacts sent, touches never: commit refuses
    const one = restoreBegin(file.settings, all);
    restoreChunk(one.session, 'contacts', rows('contacts'));
    await expect(restoreCommit(service, one.session)).rejects.toThrow(/touches: 0 of 1 rows/);
    // a second begin replaces an unfinished one: the first session can no longer write
    const two = restoreBegin(file.settings, all);
    restoreBegin(file.settings, all);
    expect(() => restoreChunk(two.session, 'contacts', rows('contacts'))).toThrow(/interrupted/);
    await expect(restoreCommit(service, two.session)).rejects.toThrow(/interrupted/);
    // more rows than announced, a duplicate id, broken JSON, bad settings
    const three = restoreBegin(file.settings, { ...all, contacts: 1 });
    expect(() => restoreChunk(three.session, 'contacts', rows('contacts'))).toThrow(/more rows/);
    const four = restoreBegin(file.settings, { ...all, contacts: 6 });
    restoreChunk(four.session, 'contacts', rows('contacts'));
    expect(() => restoreChunk(four.session, 'contacts', rows('contacts'))).toThrow(/used twice/);
    const five = restoreBegin(file.settings, all);
    expect(() => restoreChunk(five.session, 'contacts', '{"id":')).toThrow(/not valid JSON/);
    expect(() => restoreBegin({ theme: 'neon' }, all)).toThrow(/settings\.theme/);
    expect(await counts()).toEqual(before);
  });

  it('refuses files that are not a backup before anything is sent', async () => {
    expect(() => readBackupFile('{"kind":"kindred-backup","version":1}')).toThrow(/problem/);
    expect(() => readBackupFile('{"contacts":[]}')).toThrow(/not a Kindred backup/);
  });
});

describe('duplicates and merge', () => {
  it('lists same-identity and same-name groups, merges keeping all history', async () => {
    const a = await service.addContact({ name: 'Priya Sharma', role: 'distributor', stage: 'associate' });
    const b = await service.addContact({ name: 'Priya Sharma', role: 'customer', stage: 'associate' });
    await service.logTouch({ contactId: b.id, kind: 'call', direction: 'both', at: '2026-11-01' });
    const view = await duplicates(db);
    expect(view.possible).toHaveLength(1);
    expect(view.possible[0]!.contacts.map((c) => c.id).sort()).toEqual([a.id, b.id].sort());
    expect(view.possible[0]!.contacts.find((c) => c.id === b.id)!.history).toBe(1);
    await merge(service, a.id, [b.id], NOW);
    expect((await service.contactView(a.id)).history.touches).toHaveLength(1);
    expect((await trashList(db)).map((t) => t.id)).toEqual([b.id]);
    expect((await duplicates(db)).possible).toHaveLength(0);
  });
});

describe('bulk edits', () => {
  it('sets a stage on many contacts', async () => {
    const { maria, tom } = await seed();
    expect(await bulkEdit(service, [maria.id, tom.id], { stage: 'family' }, NOW)).toBe(2);
    expect((await service.listContacts()).every((c) => c.stage === 'family')).toBe(true);
  });
});
