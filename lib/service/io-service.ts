import {
  type BulkChange,
  bulkUpdate,
  type ImportBatch,
  type ImportItem,
  importContacts,
  mergeInto,
  readEverything,
  replaceEverything,
} from '../db/bulk';
import { cleanKeys, contactsByIds, listTrash, liveContacts, ownersInTransaction } from '../db/contacts';
import type { KindredDB } from '../db/db';
import { historyCount } from '../db/events';
import { getSettings } from '../db/settings';
import { type BackupInput, parseBackup } from '../io/export';
import { findDuplicates, nameKey } from '../io/merge';
import type { Contact } from '../model';
import type { KindredService } from './service';

/**
 * Import, export, restore, merge and bulk edits over the database, for the app page's messages
 * (entrypoints/background/app-handlers.ts). The writes are lib/db/bulk.ts (one transaction
 * each); this module adds the recompute and the shapes the page shows.
 */

const RECOMPUTE_BATCH = 200;
/** How many rows of each list a preview or a duplicates answer names (the counts are exact). */
export const MAX_LISTED = 500;

async function recomputeInBatches(service: KindredService, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return service.recompute([]); // still clears caches and tells the panels
  for (let i = 0; i < ids.length; i += RECOMPUTE_BATCH) {
    await service.recompute(ids.slice(i, i + RECOMPUTE_BATCH));
    await new Promise((r) => setTimeout(r, 0));
  }
}

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
  await recomputeInBatches(service, ids);
  return { created: outcome.created.length, merged: outcome.merged.length, ids };
}

/** Everything, in the shape `exportBackup` takes (settings with their defaults filled in). */
export async function backupData(db: KindredDB): Promise<BackupInput> {
  const all = await readEverything(db);
  return { ...all, settings: await getSettings(db), version: 1, exportedAt: 0 };
}

/** Replaces everything with a backup's content (one transaction), then recomputes everyone. */
export async function restoreBackup(service: KindredService, text: string): Promise<{ contacts: number }> {
  const data = parseBackup(text);
  await replaceEverything(service.db, data);
  await recomputeInBatches(service, await liveContacts(service.db).primaryKeys());
  return { contacts: data.contacts.filter((c) => c.deletedAt === undefined).length };
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
  await service.recompute([keepId]);
  return merged;
}

export async function bulkEdit(service: KindredService, ids: readonly string[], change: BulkChange, now: number) {
  const n = await bulkUpdate(service.db, ids, change, now);
  if (change.stage) await recomputeInBatches(service, ids);
  else await service.recompute([]);
  return n;
}

export async function trashList(db: KindredDB) {
  const rows = await listTrash(db);
  return rows
    .map((c) => ({ id: c.id, name: c.name, role: c.role, stage: c.stage, deletedAt: c.deletedAt ?? 0 }))
    .sort((a, b) => b.deletedAt - a.deletedAt);
}
