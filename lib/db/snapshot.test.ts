import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KindredDB } from './db';
import { backend } from './idb';
import { DATABASE_NAME, openExisting, readSnapshot } from './snapshot';

let db: KindredDB;
let n = 0;
beforeEach(() => {
  db = new KindredDB(`test-snapshot-${n++}`);
});
afterEach(async () => {
  await db.delete();
});

const touch = (i: number) => ({
  id: `t${String(i).padStart(3, '0')}`,
  contactId: 'c1',
  kind: 'call' as const,
  at: '2026-11-01',
  createdAt: 1,
  updatedAt: 1,
});

async function read(stores: string[], size: number) {
  const seen: Record<string, string[]> = {};
  const chunks: number[] = [];
  await readSnapshot<{ id: string }>(
    await backend(db),
    stores,
    (store, rows, chunk, all) => {
      seen[store] = [...(seen[store] ?? []), ...rows.map((r) => r.id)];
      chunks.push(chunk / all);
    },
    size,
  );
  return { seen, chunks };
}

describe('readSnapshot', () => {
  it('gives every row of each store once, in key order, whatever the chunk size', async () => {
    await db.touches.bulkAdd(Array.from({ length: 7 }, (_, i) => touch(6 - i)));
    await db.wins.add({ id: 'w1', contactId: 'c1', kind: 'first_sale', at: '2026-11-01', createdAt: 1, updatedAt: 1 });
    const ids = Array.from({ length: 7 }, (_, i) => touch(i).id);
    for (const size of [1, 2, 3, 7, 8, 1000]) {
      const { seen, chunks } = await read(['touches', 'wins', 'orders'], size);
      expect(seen, `size ${size}`).toEqual({ touches: ids, wins: ['w1'], orders: [] });
      expect(chunks, `size ${size}`).toEqual([...chunks].sort((a, b) => a - b)); // in order
    }
  });

  it('is one moment of the database: a write started during the read is not in it', async () => {
    await db.touches.bulkAdd(Array.from({ length: 6 }, (_, i) => touch(i)));
    const idb = await backend(db);
    let write: Promise<unknown> | undefined;
    const seen: string[] = [];
    await readSnapshot<{ id: string }>(
      idb,
      ['touches', 'contacts'],
      (store, rows) => {
        // after the first chunk, the background writes into both stores
        write ??= db.transaction('rw', db.touches, db.contacts, async () => {
          await db.touches.put({ ...touch(0), kind: 'email' });
          await db.touches.add(touch(99));
        });
        if (store === 'touches') seen.push(...rows.map((r) => `${r.id}:${(r as { kind?: string }).kind}`));
      },
      2,
    );
    await write;
    expect(seen).toEqual(Array.from({ length: 6 }, (_, i) => `${touch(i).id}:call`));
    expect(await db.touches.count()).toBe(7); // the write went through, after the read
  });
});

describe('openExisting', () => {
  it('opens the database as the background made it, and never creates one', async () => {
    await db.touches.add(touch(1));
    const idb = await openExisting(db.name);
    expect([...idb.objectStoreNames]).toContain('touches');
    idb.close();
    const missing = `test-snapshot-missing-${n}`;
    await expect(openExisting(missing)).rejects.toThrow(/no data yet/);
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(missing);
  });

  it('knows the name KindredDB gives the database', () => {
    expect(DATABASE_NAME).toBe(new KindredDB().name);
  });
});
