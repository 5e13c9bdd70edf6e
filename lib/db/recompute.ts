import { type EngineInput, type EngineResult, evaluate, type PlaybookSettings } from '../engine';
import type { Contact } from '../model';
import type { ContactStep } from './contacts';
import type { KindredDB } from './db';
import { type Digest, digestIn, digestInput, digestOf, HISTORY_TABLES } from './digest';
import { engineContact } from './engine-input';
import { appendHistory, type HistoryRows, type NewHistoryRow } from './events';
import { backend, inTransaction, request } from './idb';

export interface Recomputed {
  contact: Contact;
  result: EngineResult;
  /** True when this recompute took the contact across the risk threshold (notify once). */
  crossedRisk: boolean;
}

/** Per-key reads for small sets; larger sets go in chunks so one transaction stays short. */
const CHUNK = 200;

function sameList(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  return a.every((v, i) => v === b[i]);
}

/**
 * Evaluates one stored contact and puts its derived fields back when they changed (in the
 * caller's transaction). Only nextTouchAt/Kind and risk are written, onto the row read in the
 * same transaction, so an edit made meanwhile is never overwritten.
 */
function evaluateAndStore(
  store: IDBObjectStore,
  contact: Contact,
  input: EngineInput,
  playbook: PlaybookSettings,
  today: string,
  now: number,
): Recomputed {
  const result = evaluate(input, playbook, today);
  const next = contact.consent?.doNotContact === true ? null : result.nextTouch;
  const crossedRisk = result.risk.atRisk && contact.risk < playbook.riskThreshold;
  const changed =
    crossedRisk ||
    contact.nextTouchAt !== next?.due ||
    contact.nextTouchKind !== next?.kind ||
    contact.risk !== result.risk.score ||
    !sameList(contact.riskReasons, result.risk.reasons);
  if (!changed) return { contact, result, crossedRisk };
  const updated: Contact = { ...contact, risk: result.risk.score, riskReasons: result.risk.reasons };
  // absent, not undefined: the stored row stays what Dexie's update would have left
  if (next) {
    updated.nextTouchAt = next.due;
    updated.nextTouchKind = next.kind;
  } else {
    delete updated.nextTouchAt;
    delete updated.nextTouchKind;
  }
  if (crossedRisk) updated.riskNotifiedAt = now;
  store.put(updated);
  return { contact: updated, result, crossedRisk };
}

/** The contact stores and the history tables a recompute may need (the latter to build a digest). */
const STORES = ['contacts', 'digests', ...HISTORY_TABLES];
/**
 * A recompute writes derived data only (next touch, risk, a digest), rebuilt by the next
 * recompute if a power cut loses it: the OS need not flush before the commit (-15% a recompute).
 */
const DERIVED: IDBTransactionOptions = { durability: 'relaxed' };

/**
 * Evaluates the given contacts (rows read in `tx`) with their digests, building and storing the
 * digest of any contact that has none (or a damaged one) from its history rows first.
 */
async function evaluateAll(
  tx: IDBTransaction,
  rows: readonly Contact[],
  digests: Map<string, Digest>,
  playbook: PlaybookSettings,
  today: string,
  now: number,
): Promise<Recomputed[]> {
  const live = rows.filter((c) => c.deletedAt === undefined);
  const inputs = new Map<string, ReturnType<typeof digestInput>>();
  for (const c of live) {
    const d = digests.get(c.id);
    inputs.set(c.id, d && digestInput(d));
  }
  const missing = live.filter((c) => !inputs.get(c.id));
  const built = await Promise.all(
    missing.map(async (c) =>
      digestOf(
        c.id,
        (await Promise.all(
          HISTORY_TABLES.map((t) => request(tx.objectStore(t).index('contactId').getAll(c.id))),
        )) as HistoryRows,
      ),
    ),
  );
  const digestStore = tx.objectStore('digests');
  for (const d of built) {
    digestStore.put(d);
    inputs.set(d.contactId, digestInput(d));
  }
  const contacts = tx.objectStore('contacts');
  return live.map((c) => {
    const input = { contact: engineContact(c), ...inputs.get(c.id)! };
    return evaluateAndStore(contacts, c, input, playbook, today, now);
  });
}

/**
 * Runs the engine for some contacts (after a write to them or their history) and stores what
 * the Today and risk indexes need. Per contact: the row and its digest read in parallel in one
 * transaction, evaluated, written back in the same transaction when changed.
 */
export async function recomputeContacts(
  db: KindredDB,
  ids: readonly string[],
  playbook: PlaybookSettings,
  today: string,
  now: number,
): Promise<Recomputed[]> {
  const idb = await backend(db);
  const out: Recomputed[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    const done = await inTransaction(
      idb,
      STORES,
      'readwrite',
      async (tx) => {
        const contacts = tx.objectStore('contacts');
        const read = await Promise.all(
          chunk.map((id) => Promise.all([request<Contact | undefined>(contacts.get(id)), digestIn(tx, id)])),
        );
        const rows = read.flatMap(([c]) => (c ? [c] : []));
        const byId = new Map(read.flatMap(([, d]) => (d ? [[d.contactId, d] as const] : [])));
        return evaluateAll(tx, rows, byId, playbook, today, now);
      },
      DERIVED,
    );
    out.push(...done);
  }
  return out;
}

/** Evaluates and stores one contact read in `tx` (undefined for one in the trash). */
async function evaluateOne(
  tx: IDBTransaction,
  contact: Contact,
  digest: Digest | undefined,
  playbook: PlaybookSettings,
  today: string,
  now: number,
): Promise<Recomputed | undefined> {
  // without a digest, evaluateAll builds it from the rows, the ones this transaction added included
  const digests = new Map<string, Digest>(digest ? [[contact.id, digest]] : []);
  return (await evaluateAll(tx, [contact], digests, playbook, today, now))[0];
}

/*
 * A user's write and the recompute it causes, in one transaction: the write, and the next touch
 * and risk it leads to, commit together or not at all, and the recompute costs no transaction of
 * its own (a transaction's commit is most of a standalone recompute here: a floor of 1.5 - 2.1 ms
 * of its 1.6 - 2.4). The browser's default durability: these writes are the user's data.
 */

/**
 * Adds rows of one contact's history and recomputes the contact (see above): how every touch,
 * order, win, team call and suggestion state is logged. Its contact and digest are read once.
 */
export async function addAndRecompute(
  db: KindredDB,
  contactId: string,
  rows: readonly NewHistoryRow[],
  playbook: PlaybookSettings,
  today: string,
  now: number,
): Promise<Recomputed> {
  return inTransaction(await backend(db), STORES, 'readwrite', async (tx) => {
    const { contact, digest } = await appendHistory(tx, contactId, rows);
    return (await evaluateOne(tx, contact, digest, playbook, today, now))!; // appendHistory refuses the trash
  });
}

/**
 * Runs a write of one contact (lib/db/contacts.ts ContactStep: a new contact, an edit, a deleted
 * touch) and recomputes that contact (see above). Undefined when the step wrote nothing.
 */
export async function writeAndRecompute(
  db: KindredDB,
  step: ContactStep,
  playbook: PlaybookSettings,
  today: string,
  now: number,
): Promise<Recomputed | undefined> {
  return inTransaction(await backend(db), STORES, 'readwrite', async (tx) => {
    const id = await step(tx);
    if (id === undefined) return undefined;
    const [contact, digest] = await Promise.all([
      request<Contact | undefined>(tx.objectStore('contacts').get(id)),
      digestIn(tx, id),
    ]);
    return contact && evaluateOne(tx, contact, digest, playbook, today, now);
  });
}

/** One contact (see recomputeContacts). */
export async function recomputeContact(
  db: KindredDB,
  id: string,
  playbook: PlaybookSettings,
  today: string,
  now: number,
): Promise<Recomputed | undefined> {
  return (await recomputeContacts(db, [id], playbook, today, now))[0];
}

/**
 * Every live contact (the daily recompute, and after a playbook change): the contacts are walked
 * in id order, `batch` per transaction, and the digests of the same id range are read in the same
 * transaction (a digest is keyed by its contact's id), so what is evaluated is what is stored at
 * that moment. Each is evaluated and written back when changed. Between batches the event loop
 * is free, so a panel's request waits for one batch at most.
 */
export async function recomputeEveryone(
  db: KindredDB,
  playbook: PlaybookSettings,
  today: string,
  now: number,
  onBatch: (done: Recomputed[]) => void,
  batch = 200,
): Promise<number> {
  const idb = await backend(db);
  let after: string | undefined;
  let count = 0;
  for (;;) {
    const results = await inTransaction(
      idb,
      STORES,
      'readwrite',
      async (tx) => {
        const range = after === undefined ? null : IDBKeyRange.lowerBound(after, true);
        const rows = await request<Contact[]>(tx.objectStore('contacts').getAll(range, batch));
        if (rows.length === 0) return null;
        after = rows[rows.length - 1]!.id;
        const span = IDBKeyRange.bound(rows[0]!.id, after);
        const digests = await request<Digest[]>(tx.objectStore('digests').getAll(span));
        return evaluateAll(tx, rows, new Map(digests.map((d) => [d.contactId, d])), playbook, today, now);
      },
      DERIVED,
    );
    if (!results) return count;
    count += results.length;
    onBatch(results);
    await new Promise((r) => setTimeout(r, 0)); // let the panels' requests in between batches
  }
}
