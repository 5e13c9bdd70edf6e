import { identityFromText, normaliseKey, uniqueKeys } from '../identity';
import {
  type Contact,
  type ContactPatch,
  ContactPatchSchema,
  ContactSchema,
  type NewContact,
  NewContactSchema,
} from '../model';
import { COUNT_CAP } from '../model/counts';
import type { KindredDB } from './db';
import { HISTORY_TABLES } from './digest';
import { backend, eachChunk, inTransaction, request } from './idb';
import { newId } from './ids';

export class ContactError extends Error {}

/** Keys from anywhere (a page, an import, a forged message) are normalised again here. */
export function cleanKeys(keys: readonly string[]): string[] {
  return uniqueKeys(keys.map((k) => normaliseKey(k)));
}

export function liveContacts(db: KindredDB) {
  return db.contacts.filter((c) => c.deletedAt === undefined);
}

/** Every live contact, `size` at a time in id order (lib/db/idb.ts eachChunk). */
export async function eachContactChunk(
  db: KindredDB,
  size: number,
  take: (rows: Contact[]) => void | Promise<void>,
): Promise<void> {
  await eachChunk<Contact>(await backend(db), 'contacts', size, (rows) =>
    take(rows.filter((c) => c.deletedAt === undefined)),
  );
}

export async function getContact(db: KindredDB, id: string): Promise<Contact | undefined> {
  const contact = await db.contacts.get(id);
  return contact && contact.deletedAt === undefined ? contact : undefined;
}

/**
 * The live contact holding each key. Reads the multiEntry index with plain IndexedDB gets in one
 * transaction: the storage's own speed (Dexie's anyOf measured 3.4x slower for this shape), and
 * the rows come back with the gets, so nothing is read twice. A key whose first row is in the
 * trash is asked again for all its rows, so a live contact that reuses it is still found.
 */
export async function contactsByKeys(db: KindredDB, keys: readonly string[]): Promise<Map<string, Contact>> {
  const found = new Map<string, Contact>();
  if (keys.length === 0) return found;
  await db.open();
  const idb = db.backendDB();
  await new Promise<void>((resolve, reject) => {
    const tx = idb.transaction('contacts', 'readonly');
    const index = tx.objectStore('contacts').index('identities');
    for (const key of keys) {
      const req = index.get(key);
      req.onsuccess = () => {
        const row = req.result as Contact | undefined;
        if (!row) return;
        if (row.deletedAt === undefined) {
          found.set(key, row);
          return;
        }
        const all = index.getAll(key);
        all.onsuccess = () => {
          const live = (all.result as Contact[]).find((c) => c.deletedAt === undefined);
          if (live) found.set(key, live);
        };
      };
    }
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
  return found;
}

/** Which live contact id holds each key (see contactsByKeys). */
export async function contactIdsByKeys(db: KindredDB, keys: readonly string[]): Promise<Map<string, string>> {
  const rows = await contactsByKeys(db, keys);
  return new Map([...rows].map(([key, row]) => [key, row.id]));
}

/**
 * The live contact holding each key, through Dexie: usable inside a Dexie transaction (a raw
 * IndexedDB request there would let the transaction commit early).
 */
export async function ownersInTransaction(db: KindredDB, keys: readonly string[]): Promise<Map<string, Contact>> {
  const owners = new Map<string, Contact>();
  if (keys.length === 0) return owners;
  const rows = await db.contacts
    .where('identities')
    .anyOf(keys as string[])
    .toArray();
  for (const row of rows) {
    if (row.deletedAt !== undefined) continue;
    for (const key of row.identities) if (keys.includes(key)) owners.set(key, row);
  }
  return owners;
}

/** A step of a transaction that writes one contact (or its history) and returns its id. */
export type ContactStep = (tx: IDBTransaction) => Promise<string | undefined>;

/** The live contact `id`, read in `tx`; a ContactError when it is gone or in the trash. */
export async function liveContactIn(tx: IDBTransaction, id: string): Promise<Contact> {
  const contact = await request<Contact | undefined>(tx.objectStore('contacts').get(id));
  if (!contact || contact.deletedAt !== undefined) throw new ContactError('That contact no longer exists');
  return contact;
}

/** The live contact holding each key, read in `tx` (plain IndexedDB, one index read per key). */
async function ownersIn(tx: IDBTransaction, keys: readonly string[]): Promise<Map<string, Contact>> {
  const index = tx.objectStore('contacts').index('identities');
  const rows = await Promise.all(keys.map((key) => request<Contact[]>(index.getAll(key))));
  const owners = new Map<string, Contact>();
  rows.forEach((list, i) => {
    for (const row of list) if (row.deletedAt === undefined) owners.set(keys[i]!, row);
  });
  return owners;
}

/**
 * A new contact, validated now (a ContactError names the field), added in its transaction unless
 * one of its keys belongs to a live contact already.
 */
export function contactCreation(input: NewContact, now: number, today: string): ContactStep {
  const parsed = NewContactSchema.safeParse(input);
  if (!parsed.success) throw new ContactError(describeZodError(parsed.error));
  const identities = cleanKeys(parsed.data.identities);
  const contact = ContactSchema.parse({
    ...parsed.data,
    id: newId(),
    identities,
    startedAt: parsed.data.startedAt ?? today,
    tags: parsed.data.tags ?? [],
    notes: parsed.data.notes ?? '',
    createdAt: now,
    updatedAt: now,
  });
  return async (tx) => {
    const taken = await ownersIn(tx, identities);
    if (taken.size > 0) {
      const [key, owner] = [...taken][0]!;
      throw new ContactError(`${key} already belongs to ${owner.name}`);
    }
    tx.objectStore('contacts').add(contact);
    return contact.id;
  };
}

/**
 * An edit of one contact, validated now, applied in its transaction. Applies only the fields
 * given, so two panels editing different fields of one contact both keep their edit (a
 * whole-record put would let the later one erase the earlier).
 */
export function contactEdit(id: string, patch: ContactPatch, now: number): ContactStep {
  const parsed = ContactPatchSchema.safeParse(patch);
  if (!parsed.success) throw new ContactError(describeZodError(parsed.error));
  // Only the fields the caller gave: zod fills defaults (notes '', tags []) for absent ones,
  // and writing those would erase what another panel saved.
  const given = new Set(Object.keys(patch));
  const changes: Record<string, unknown> = Object.fromEntries(
    Object.entries(parsed.data).filter(([k]) => given.has(k)),
  );
  changes.updatedAt = now;
  // null clears an optional field
  for (const [k, v] of Object.entries(changes)) if (v === null) changes[k] = undefined;
  if (given.has('identities') && parsed.data.identities) changes.identities = cleanKeys(parsed.data.identities);
  return async (tx) => {
    const current = await liveContactIn(tx, id);
    if (changes.identities) {
      const taken = await ownersIn(tx, changes.identities as string[]);
      for (const [key, owner] of taken)
        if (owner.id !== id) throw new ContactError(`${key} already belongs to ${owner.name}`);
    }
    tx.objectStore('contacts').put(ContactSchema.parse({ ...current, ...changes }));
    return id;
  };
}

/** One more identity (a key, a profile URL, an email or a phone) for a contact, in its transaction. */
export function identityAddition(id: string, rawKey: string, now: number): ContactStep {
  const key = identityFromText(rawKey);
  if (!key) throw new ContactError(`"${rawKey.slice(0, 80)}" is not an identity Kindred understands`);
  return async (tx) => {
    const current = await liveContactIn(tx, id);
    return contactEdit(id, { identities: [...current.identities, key] }, now)(tx);
  };
}

/** Runs one step in a transaction of its own (the service runs it with the recompute instead). */
async function alone(db: KindredDB, step: ContactStep): Promise<Contact> {
  const id = await inTransaction(await backend(db), ['contacts'], 'readwrite', step);
  return (await getContact(db, id!))!;
}

export async function createContact(db: KindredDB, input: NewContact, now: number, today: string): Promise<Contact> {
  return alone(db, contactCreation(input, now, today));
}

export async function updateContact(db: KindredDB, id: string, patch: ContactPatch, now: number): Promise<Contact> {
  return alone(db, contactEdit(id, patch, now));
}

export async function addIdentity(db: KindredDB, id: string, rawKey: string, now: number): Promise<Contact> {
  return alone(db, identityAddition(id, rawKey, now));
}

/** Deletes go to the trash (a tombstone), restorable for 30 days. */
export async function trashContacts(db: KindredDB, ids: readonly string[], now: number): Promise<number> {
  return db.contacts
    .where('id')
    .anyOf(ids as string[])
    .modify((c) => {
      c.deletedAt = now;
      c.updatedAt = now;
      // out of the Today and at-risk indexes; a restore recomputes both
      c.nextTouchAt = undefined;
      c.risk = 0;
    });
}

/**
 * Brings contacts back from the trash. A key another live contact took meanwhile stays with
 * that contact (one key, one person), so the restored one comes back without it.
 */
export async function restoreContacts(db: KindredDB, ids: readonly string[], now: number): Promise<number> {
  return db.transaction('rw', db.contacts, async () => {
    const rows = (await db.contacts.bulkGet(ids as string[])).filter(
      (c): c is Contact => !!c && c.deletedAt !== undefined,
    );
    const owners = await ownersInTransaction(
      db,
      rows.flatMap((c) => c.identities),
    );
    for (const c of rows) {
      c.identities = c.identities.filter((k) => !owners.has(k) || owners.get(k)!.id === c.id);
      c.deletedAt = undefined;
      c.updatedAt = now;
    }
    await db.contacts.bulkPut(rows);
    return rows.length;
  });
}

export const TRASH_DAYS = 30;

/** Empties the trash of contacts deleted more than 30 days ago, with their touches and orders. */
export async function purgeTrash(db: KindredDB, now: number): Promise<number> {
  const cutoff = now - TRASH_DAYS * 86_400_000;
  const old = await db.contacts.where('deletedAt').below(cutoff).primaryKeys();
  return deleteForGood(db, old);
}

/** Removes contacts and all their history for good, in one transaction (no trash). */
export async function deleteForGood(db: KindredDB, ids: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const history = HISTORY_TABLES.map((t) => db[t]);
  await db.transaction('rw', [db.contacts, db.digests, ...history], async () => {
    for (const table of history) {
      await table
        .where('contactId')
        .anyOf(ids as string[])
        .delete();
    }
    await db.digests.bulkDelete(ids as string[]);
    await db.contacts.bulkDelete(ids as string[]);
  });
  return ids.length;
}

/** Live contacts by id, in the order asked (missing or deleted ones left out). */
export async function contactsByIds(db: KindredDB, ids: readonly string[]): Promise<Contact[]> {
  const rows = await db.contacts.bulkGet(ids as string[]);
  return rows.filter((r): r is Contact => !!r && r.deletedAt === undefined);
}

/** The demo contacts' ids (deleted ones too when `all`). */
export async function demoContactIds(db: KindredDB, all = true): Promise<string[]> {
  return db.contacts.filter((c) => c.demo === true && (all || c.deletedAt === undefined)).primaryKeys();
}

export async function listTrash(db: KindredDB): Promise<Contact[]> {
  return db.contacts.where('deletedAt').above(0).toArray();
}

/** Contacts with a next touch on or before `until` (yyyy-MM-dd): one index range read. */
export async function contactsDueBy(db: KindredDB, until: string): Promise<Contact[]> {
  return db.contacts.where('nextTouchAt').belowOrEqual(until).toArray();
}

/** A range of the next-touch index (yyyy-MM-dd); trashed contacts carry no nextTouchAt. */
export interface DueRange {
  from?: string;
  to: string;
  includeFrom?: boolean;
}

/**
 * The Today view reads each group as a range of the next-touch index cut to a few rows, so it is
 * as fast with 20,000 people due as with 20; the groups' sizes are counted separately.
 */
function dueBounds(range: DueRange): IDBKeyRange {
  return range.from === undefined
    ? IDBKeyRange.upperBound(range.to)
    : IDBKeyRange.bound(range.from, range.to, !(range.includeFrom ?? true), false);
}

/** One read of a contacts index in its own transaction, raw (see countCapped). */
async function readIndex<T>(
  db: KindredDB,
  index: 'nextTouchAt' | 'risk',
  read: (index: IDBIndex) => IDBRequest<T>,
): Promise<T> {
  const idb = await backend(db);
  return inTransaction(idb, ['contacts'], 'readonly', (tx) => request(read(tx.objectStore('contacts').index(index))));
}

/** The first `limit` contacts whose next touch falls in the range, in index order. */
export async function dueSlice(db: KindredDB, range: DueRange, limit: number): Promise<Contact[]> {
  return readIndex(db, 'nextTouchAt', (index) => index.getAll(dueBounds(range), limit) as IDBRequest<Contact[]>);
}

export async function countDueBetween(db: KindredDB, range: DueRange): Promise<number> {
  return countCapped(db, 'nextTouchAt', dueBounds(range));
}

/** getAll's options form (Chromium 141+), which can read an index backwards in one request. */
type GetAllBackwards = (options: { query: IDBKeyRange; count?: number; direction: 'prev' }) => IDBRequest<Contact[]>;
const readsBackwards = () => typeof IDBIndex !== 'undefined' && 'getAllRecords' in IDBIndex.prototype;

/**
 * The most at-risk contacts first (trashed ones have risk 0). Where the browser can, one getAll
 * read backwards: the cursor it replaces costs a storage round trip per row (50 rows: 14 ms
 * against 3.2 ms here, the slowest of the Today view's four reads). Elsewhere, the cursor.
 */
export async function riskSlice(db: KindredDB, threshold: number, limit: number): Promise<Contact[]> {
  if (limit <= 0) return []; // getAll's count of 0 means no limit
  if (!readsBackwards()) return db.contacts.where('risk').aboveOrEqual(threshold).reverse().limit(limit).toArray();
  const count = limit > 0xffffffff ? undefined : limit; // getAll's count is an unsigned long
  return readIndex(db, 'risk', (index) =>
    (index.getAll as unknown as GetAllBackwards).call(index, {
      query: IDBKeyRange.lowerBound(threshold),
      count,
      direction: 'prev',
    }),
  );
}

/**
 * Counts stop above COUNT_CAP (lib/model/counts.ts says why): one getAllKeys of at most 1,000 keys
 * on the index, raw, as Dexie may walk a cursor for limit().primaryKeys().
 */
async function countCapped(db: KindredDB, index: 'nextTouchAt' | 'risk', range: IDBKeyRange): Promise<number> {
  return (await readIndex(db, index, (i) => i.getAllKeys(range, COUNT_CAP + 1))).length;
}

export async function countAtRisk(db: KindredDB, threshold: number): Promise<number> {
  return countCapped(db, 'risk', IDBKeyRange.lowerBound(threshold));
}

export async function contactsAtRisk(db: KindredDB, threshold: number): Promise<Contact[]> {
  return riskSlice(db, threshold, Number.MAX_SAFE_INTEGER);
}

export async function countDue(db: KindredDB, until: string): Promise<number> {
  return countCapped(db, 'nextTouchAt', IDBKeyRange.upperBound(until));
}

export function describeZodError(error: { issues: Array<{ path: PropertyKey[]; message: string }> }): string {
  return error.issues
    .slice(0, 5)
    .map((i) => (i.path.length ? `${i.path.map(String).join('.')}: ${i.message}` : i.message))
    .join('; ');
}
