import { inTransaction, request } from './idb';

/** Rows per getAll of a snapshot read: ~50 ms of decoding each, so the page stays responsive. */
export const SNAPSHOT_CHUNK = 20_000;

/**
 * Every row of `stores` in ONE readonly transaction, so the rows are one consistent state of the
 * database: a write the background starts meanwhile waits until the read is done (a readwrite
 * transaction cannot start while an overlapping one created before it is running), and none that
 * started before is seen half-done.
 *
 * Why not chunk after chunk (lib/db/idb.ts eachChunk): storage answers one request at a time and
 * decoding happens in this thread, so waiting for a chunk before asking for the next leaves one of
 * the two idle. Here a key cursor first walks each store `size` keys at a time (~0.7 µs a key)
 * to find where each chunk starts, then every chunk is asked for at once: storage reads the next
 * chunk while this thread decodes and `take`s the one before. 400,000 touches: ~2.9 s instead of
 * ~4.5 s. (A worker reading half of them in parallel does not help: storage serves both threads in
 * turn, and the worker's open waits behind the page's queued reads.)
 *
 * `take` gets each store's chunks in key order, store after store in the order given, and is
 * called synchronously as each chunk arrives; `chunks` is how many there are in all.
 */
export async function readSnapshot<T = unknown>(
  idb: IDBDatabase,
  stores: readonly string[],
  take: (store: string, rows: T[], chunk: number, chunks: number) => void,
  size = SNAPSHOT_CHUNK,
): Promise<void> {
  await inTransaction(idb, [...stores], 'readonly', async (tx) => {
    const starts = await Promise.all(stores.map((store) => chunkStarts(tx.objectStore(store), size)));
    // still inside the last cursor's success event: the transaction is active
    const pending: Array<{ store: string; rows: Promise<T[]> }> = [];
    stores.forEach((store, s) => {
      const keys = starts[s]!;
      const os = tx.objectStore(store);
      for (let i = 0; i <= keys.length; i++) {
        const rows = request<T[]>(os.getAll(between(keys[i - 1], keys[i])));
        rows.catch(() => undefined); // the first failure is thrown below; the rest are the same abort
        pending.push({ store, rows });
      }
    });
    for (let i = 0; i < pending.length; i++) take(pending[i]!.store, await pending[i]!.rows, i, pending.length);
  });
}

/** The key of every `size`-th row after the first: where each chunk but the first starts. */
function chunkStarts(store: IDBObjectStore, size: number): Promise<IDBValidKey[]> {
  return new Promise((resolve, reject) => {
    const starts: IDBValidKey[] = [];
    const walk = store.openKeyCursor();
    let first = true;
    walk.onsuccess = () => {
      const cursor = walk.result;
      if (!cursor) return resolve(starts);
      if (!first) starts.push(cursor.primaryKey);
      first = false;
      cursor.advance(size);
    };
    walk.onerror = () => reject(walk.error);
  });
}

/** [from, to): from the start when `from` is absent, to the end when `to` is. */
function between(from: IDBValidKey | undefined, to: IDBValidKey | undefined): IDBKeyRange | null {
  if (from === undefined) return to === undefined ? null : IDBKeyRange.upperBound(to, true);
  return to === undefined ? IDBKeyRange.lowerBound(from) : IDBKeyRange.bound(from, to, false, true);
}

/** The name of the extension's database (KindredDB's default, lib/db/db.ts; a test checks they agree). */
export const DATABASE_NAME = 'kindred';

/**
 * A connection of the app page's own to the extension's database, for reading a snapshot
 * without Dexie in the page. It opens the version the background made and never creates or
 * upgrades one: a database that does not exist yet is refused (opening without a version would
 * create an empty one the background would then have to upgrade). Close it when done; until
 * then it closes itself when the background asks for a newer version.
 */
export function openExisting(name = DATABASE_NAME): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(name);
    let missing = false;
    open.onupgradeneeded = () => {
      missing = true;
      open.transaction?.abort();
    };
    open.onsuccess = () => {
      open.result.onversionchange = () => open.result.close();
      resolve(open.result);
    };
    open.onerror = () =>
      reject(missing ? new Error('Kindred has no data yet; open the side panel once and try again') : open.error);
  });
}
