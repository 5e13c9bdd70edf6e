import {
  type BulkChange,
  bulkUpdate,
  type Everything,
  type ImportBatch,
  type ImportItem,
  importContacts,
  mergeInto,
  replaceEverything,
} from '../db/bulk';
import { cleanKeys, contactsByIds, listTrash, liveContacts, ownersInTransaction } from '../db/contacts';
import type { KindredDB } from '../db/db';
import { historyCount } from '../db/events';
import { BACKUP_TABLES, BackupError, type BackupTable, validateRows, validateSettings } from '../io/export/backup';
import { findDuplicates, nameKey } from '../io/merge';
import type { Contact, Settings } from '../model';
import type { KindredService } from './service';

/**
 * Import, export, restore, merge and bulk edits over the database, for the app page's messages
 * (entrypoints/background/app-handlers.ts). The writes are lib/db/bulk.ts (one transaction
 * each); this module adds the recompute and the shapes the page shows.
 */

/** How many rows of each list a preview or a duplicates answer names (the counts are exact). */
export const MAX_LISTED = 500;

export interface ImportPreview {
  total: number;
  /** Rows that become new contacts. */
  fresh: number;
  /** Rows that share an identity with an existing contact: merged into it. */
  matching: { count: number; list: Array<{ line?: number; name: string; contactId: string; contactName: string }> };
  /** New rows whose name is the name of an existing contact (imported anyway; merge later). */
  possible: { count: number; list: Array<{ line?: number; name: string; contactNames: string[] }> };
}

/** What an import would do, read with the same identity matching the import uses. */
export async function previewImport(
  db: KindredDB,
  items: ReadonlyArray<Pick<ImportItem, 'displayName' | 'identities' | 'line'>>,
): Promise<ImportPreview> {
  const keysOf = items.map((item) => cleanKeys(item.identities));
  const owners = await ownersInTransaction(db, [...new Set(keysOf.flat())]);
  const byName = new Map<string, string[]>();
  for (const c of await liveContacts(db).toArray()) {
    const key = nameKey(c.name);
    if (key) byName.set(key, [...(byName.get(key) ?? []), c.name]);
  }
  const preview: ImportPreview = {
    total: items.length,
    fresh: 0,
    matching: { count: 0, list: [] },
    possible: { count: 0, list: [] },
  };
  items.forEach((item, i) => {
    const owner = (keysOf[i] ?? []).map((k) => owners.get(k)).find(Boolean);
    if (owner) {
      preview.matching.count++;
      if (preview.matching.list.length < MAX_LISTED)
        preview.matching.list.push({
          line: item.line,
          name: item.displayName,
          contactId: owner.id,
          contactName: owner.name,
        });
      return;
    }
    preview.fresh++;
    const same = byName.get(nameKey(item.displayName));
    if (same) {
      preview.possible.count++;
      if (preview.possible.list.length < MAX_LISTED)
        preview.possible.list.push({ line: item.line, name: item.displayName, contactNames: same.slice(0, 5) });
    }
  });
  return preview;
}

export interface ImportSummary {
  created: number;
  merged: number;
  ids: string[];
}

/** Writes the import in one transaction, then recomputes every contact it touched. */
export async function runImport(
  service: KindredService,
  items: readonly ImportItem[],
  batch: ImportBatch,
  now: number,
): Promise<ImportSummary> {
  const outcome = await importContacts(service.db, items, batch, now, service.today());
  const ids = [...outcome.created, ...outcome.merged];
  await service.recompute(ids);
  return { created: outcome.created.length, merged: outcome.merged.length, ids };
}

/**
 * A restore, staged in memory chunk by chunk (each validated as it arrives) and written at
 * commit in ONE transaction: a failed, replaced or abandoned restore writes nothing.
 */
interface Staging {
  session: string;
  expected: Record<BackupTable, number>;
  settings: Settings;
  rows: { [T in BackupTable]: unknown[] };
  seen: Record<BackupTable, Set<string>>;
  timer: ReturnType<typeof setTimeout>;
}

/** A restore that receives nothing for this long is dropped (its page was closed). */
export const RESTORE_IDLE_MS = 5 * 60_000;
let staging: Staging | null = null;

function drop(): void {
  if (staging) clearTimeout(staging.timer);
  staging = null;
}

function current(session: string): Staging {
  if (!staging || staging.session !== session)
    throw new BackupError(
      'the restore was interrupted (another restore started, or it waited too long); nothing was changed',
    );
  clearTimeout(staging.timer);
  staging.timer = setTimeout(drop, RESTORE_IDLE_MS);
  return staging;
}

/** Starts a restore (dropping any unfinished one): the settings are checked now, the rows come in chunks. */
export function restoreBegin(settings: unknown, counts: Record<BackupTable, number>): { session: string } {
  drop();
  const clean = validateSettings(settings);
  const session = crypto.randomUUID();
  staging = {
    session,
    expected: { ...counts },
    settings: clean,
    rows: Object.fromEntries(BACKUP_TABLES.map((t) => [t, []])) as unknown as Staging['rows'],
    seen: Object.fromEntries(BACKUP_TABLES.map((t) => [t, new Set<string>()])) as Record<BackupTable, Set<string>>,
    timer: setTimeout(drop, RESTORE_IDLE_MS),
  };
  return { session };
}

/** One chunk of a table (JSON array items, no brackets), validated row by row; any problem ends the restore. */
export function restoreChunk(session: string, table: BackupTable, json: string): { received: number } {
  const stage = current(session);
  try {
    let rows: unknown;
    try {
      rows = JSON.parse(`[${json}]`);
    } catch {
      throw new BackupError(`a chunk of ${table} is not valid JSON`);
    }
    const target = stage.rows[table];
    if (!Array.isArray(rows) || target.length + rows.length > stage.expected[table])
      throw new BackupError(`${table}: more rows than the backup announced`);
    const valid = validateRows(table, rows, target.length, stage.seen[table]);
    for (const row of valid) target.push(row);
    return { received: target.length };
  } catch (error) {
    drop();
    throw error;
  }
}

/** Writes the staged restore in one transaction (replacing everything), then recomputes everyone. */
export async function restoreCommit(service: KindredService, session: string): Promise<{ contacts: number }> {
  const stage = current(session);
  drop();
  for (const table of BACKUP_TABLES)
    if (stage.rows[table].length !== stage.expected[table])
      throw new BackupError(
        `${table}: ${stage.rows[table].length} of ${stage.expected[table]} rows arrived; nothing was changed`,
      );
  const data = { ...stage.rows, settings: stage.settings } as Everything;
  await replaceEverything(service.db, data);
  service.resetIndexes(); // every contact may have changed or gone: no cached answer survives
  await service.recompute(await liveContacts(service.db).primaryKeys());
  return { contacts: data.contacts.filter((c) => c.deletedAt === undefined).length };
}

/** Drops an unfinished restore (the user cancelled, or the page gave up after an error). */
export function restoreAbort(session: string): void {
  if (staging?.session === session) drop();
}

export interface DuplicateContact {
  id: string;
  name: string;
  role: Contact['role'];
  stage: Contact['stage'];
  startedAt: string;
  identities: string[];
  tags: string[];
  notes: string;
  history: number;
}

export interface DuplicatesView {
  certain: Array<{ keys: string[]; contacts: DuplicateContact[] }>;
  possible: Array<{ reason: 'same-name' | 'similar-name'; contacts: DuplicateContact[] }>;
}

async function describe(db: KindredDB, ids: readonly string[]): Promise<DuplicateContact[]> {
  const out: DuplicateContact[] = [];
  for (const c of await contactsByIds(db, ids)) {
    const history = await historyCount(db, c.id);
    out.push({
      id: c.id,
      name: c.name,
      role: c.role,
      stage: c.stage,
      startedAt: c.startedAt,
      identities: c.identities,
      tags: c.tags,
      notes: c.notes.slice(0, 300),
      history,
    });
  }
  return out;
}

/** The duplicate groups among live contacts, with what the page shows side by side. */
export async function duplicates(db: KindredDB, limit = 100): Promise<DuplicatesView> {
  const live = await liveContacts(db).toArray();
  const groups = findDuplicates(live);
  return {
    certain: await Promise.all(
      groups.certain.slice(0, limit).map(async (g) => ({ keys: g.keys, contacts: await describe(db, g.ids) })),
    ),
    possible: await Promise.all(
      groups.possible.slice(0, limit).map(async (g) => ({ reason: g.reason, contacts: await describe(db, g.ids) })),
    ),
  };
}

export async function merge(service: KindredService, keepId: string, otherIds: readonly string[], now: number) {
  const merged = await mergeInto(service.db, keepId, otherIds, now);
  service.resetIndexes(); // the merged-away contacts left for the trash
  await service.recompute([keepId]);
  return merged;
}

export async function bulkEdit(service: KindredService, ids: readonly string[], change: BulkChange, now: number) {
  const n = await bulkUpdate(service.db, ids, change, now);
  await service.recompute(ids); // stages move next touches; tags change what search finds
  return n;
}

export async function trashList(db: KindredDB) {
  const rows = await listTrash(db);
  return rows
    .map((c) => ({ id: c.id, name: c.name, role: c.role, stage: c.stage, deletedAt: c.deletedAt ?? 0 }))
    .sort((a, b) => b.deletedAt - a.deletedAt);
}
