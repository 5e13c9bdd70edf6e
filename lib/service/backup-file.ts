import type { KindredDB } from '../db/db';
import { backend } from '../db/idb';
import { settingsOf } from '../db/settings';
import { openExisting, readSnapshot, SNAPSHOT_CHUNK } from '../db/snapshot';
import { BACKUP_TABLES, type BackupTable, backupParts, rowsJson } from '../io/export/backup';
import { DEFAULT_SETTINGS, type Settings } from '../model';

export interface BackupReadOptions<P> {
  /** Called after each chunk with the fraction of chunks read (0..1]. */
  progress?: (fraction: number) => void;
  /** Rows per read (tests use a few to force many chunks). */
  chunk?: number;
  /** What each chunk's JSON is kept as (the text itself when absent). */
  piece?: (json: string) => P;
}

/**
 * The backup file as pieces (for a Blob: the ~70 MB file of a big network is never one string),
 * read from the database in one readonly transaction (lib/db/snapshot.ts): every table and the
 * settings are the same moment's state. Each chunk becomes its JSON text as it arrives, so the
 * decoded rows are dropped while storage reads the next chunk.
 */
export async function backupFromDatabase<P extends string | Blob = string>(
  idb: IDBDatabase,
  now: number,
  { progress, chunk: size = SNAPSHOT_CHUNK, piece }: BackupReadOptions<P> = {},
): Promise<Array<string | P>> {
  const keep = piece ?? ((json: string) => json as P);
  const tables = Object.fromEntries(BACKUP_TABLES.map((t) => [t, [] as P[]])) as Record<BackupTable, P[]>;
  let settings: Settings = DEFAULT_SETTINGS;
  await readSnapshot<{ id: string }>(
    idb,
    [...BACKUP_TABLES, 'settings'],
    (store, rows, chunk, chunks) => {
      if (store === 'settings') settings = settingsOf(rows.find((r) => r.id === 'settings'));
      else if (rows.length) tables[store as BackupTable].push(keep(rowsJson(store as BackupTable, rows)));
      progress?.((chunk + 1) / chunks);
    },
    size,
  );
  return backupParts(tables, settings, now);
}

/**
 * The app page's backup file (components/app/ExportView.tsx): the page reads the database itself
 * instead of asking the background for it in messages. The page is the extension's own origin,
 * so this is the same database; it only reads (every write still goes through the background),
 * and skipping the message hop saves a structured clone of every row (7 s -> ~3.5 s for 420,000
 * rows). Each chunk is made a Blob as it arrives, while storage reads the next one: one Blob of
 * the whole 72 MB text at the end took another 0.4 - 0.6 s of encoding.
 */
export async function pageBackup(now: number, progress?: (fraction: number) => void): Promise<Blob> {
  const idb = await openExisting();
  try {
    const parts = await backupFromDatabase(idb, now, { progress, piece: (json) => new Blob([json]) });
    return new Blob(parts, { type: 'application/json' });
  } finally {
    idb.close();
  }
}

/** The whole backup text (the weekly backup in the background, which has its own connection). */
export async function backupText(db: KindredDB, now: number): Promise<string> {
  return (await backupFromDatabase(await backend(db), now)).join('');
}
