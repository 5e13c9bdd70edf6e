import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAYBOOK } from '../engine';
import { contactIdsByKeys } from './contacts';
import { KindredDB } from './db';
import { digestInput } from './digest';
import { recomputeContacts } from './recompute';
import { CURRENT_VERSION, SCHEMA_VERSIONS } from './schema';

/**
 * Each schema version's upgrade, tested from a database filled at the version before it
 * (tests/fixtures/db/v<N>.json): every record of every table survives.
 */
type Fixture = { version: number; tables: Record<string, Array<Record<string, unknown>>> };

async function fillAtVersion(name: string, fixture: Fixture): Promise<void> {
  const old = new Dexie(name);
  for (const v of SCHEMA_VERSIONS.filter((s) => s.version <= fixture.version)) old.version(v.version).stores(v.stores);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkAdd(rows);
  });
  old.close();
}

/**
 * Opens the database filled from tests/fixtures/db/v<version>.json at the current version and
 * checks every record of every table is still there, field for field (`changed` fields aside:
 * the upgrade under test rewrites those, and the test checks them itself).
 */
async function upgradeFrom(version: number, changed: string[] = []): Promise<KindredDB> {
  const fixture = JSON.parse(
    readFileSync(join(__dirname, `../../tests/fixtures/db/v${version}.json`), 'utf8'),
  ) as Fixture;
  const name = `test-migrate-v${version}`;
  await fillAtVersion(name, fixture);
  const db = new KindredDB(name);
  await db.open();
  expect(db.verno).toBe(CURRENT_VERSION);
  for (const [table, rows] of Object.entries(fixture.tables)) {
    const now = await db.table(table).toArray();
    expect(now.map((r) => r.id).sort(), table).toEqual(rows.map((r) => r.id).sort());
    for (const row of rows) {
      const kept = Object.fromEntries(Object.entries(row).filter(([field]) => !changed.includes(field)));
      expect(
        now.find((r) => r.id === row.id),
        `${table} ${row.id}`,
      ).toMatchObject(kept);
    }
  }
  return db;
}

describe('migrations', () => {
  it('has a fixture for every version before the current one', () => {
    for (const v of SCHEMA_VERSIONS.filter((s) => s.version < CURRENT_VERSION)) {
      expect(() => readFileSync(join(__dirname, `../../tests/fixtures/db/v${v.version}.json`))).not.toThrow();
    }
  });

  it('v1 -> v2: every record survives, tags are tidied and indexed', async () => {
    const db = await upgradeFrom(1, ['tags']);
    const maria = await db.contacts.get('c1');
    expect(maria?.tags).toEqual(['autoship', 'vip']);
    expect(await db.contacts.where('tags').equals('vip').primaryKeys()).toEqual(['c1']);
    expect(await contactIdsByKeys(db, ['instagram:maria.fit', 'x:oldfriend'])).toEqual(
      new Map([['instagram:maria.fit', 'c1']]),
    );
    await db.delete();
  });
});

describe('migrations to v3', () => {
  it('v2 -> v3: every record survives the dropped indexes, and lookups still work', async () => {
    const db = await upgradeFrom(2);
    expect(await db.contacts.where('tags').equals('vip').primaryKeys()).toEqual(['c1']);
    expect(await db.contacts.where('deletedAt').above(0).primaryKeys()).toEqual(['c3']);
    expect(await contactIdsByKeys(db, ['whatsapp:+15550104477'])).toEqual(new Map([['whatsapp:+15550104477', 'c2']]));
    await db.delete();
  });
});

describe('migrations to v4', () => {
  it('v3 -> v4: every record survives; digests are built at the first recompute, from live rows in logging order', async () => {
    const db = await upgradeFrom(3);
    expect(await db.digests.count()).toBe(0);
    await recomputeContacts(db, ['c1'], DEFAULT_PLAYBOOK, '2026-11-23', 1);
    const digest = await db.digests.get('c1');
    const touches = digestInput(digest!)?.events.filter((e) => e.type === 'touch');
    expect(touches?.map((e) => e.kind)).toEqual(['call', 'message']);
    await db.delete();
  });
});
