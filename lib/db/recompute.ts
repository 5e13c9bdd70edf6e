import {
  type EngineEvent,
  type EngineInput,
  type EngineResult,
  evaluate,
  type PlaybookSettings,
  type SuggestionState,
} from '../engine';
import type { Contact, Order, SuggestionStateRow, TeamCall, Touch, Win } from '../model';
import type { KindredDB } from './db';
import {
  engineContact,
  orderEvent,
  suggestionState,
  teamCallEvent,
  toEngineInput,
  touchEvent,
  winEvent,
} from './engine-input';
import { type HistoryRows, liveHistory } from './events';
import { backend, eachChunk, inTransaction, request } from './idb';

export interface Recomputed {
  contact: Contact;
  result: EngineResult;
  /** True when this recompute took the contact across the risk threshold (notify once). */
  crossedRisk: boolean;
}

const HISTORY_STORES = ['touches', 'orders', 'wins', 'teamCalls', 'suggestionStates'] as const;
const STORES = ['contacts', ...HISTORY_STORES];
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

/**
 * Runs the engine for some contacts (after a write to them or their history) and stores what
 * the Today and risk indexes need. Per contact: the row and its five history lists read in
 * parallel in one transaction, evaluated, written back in the same transaction when changed.
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
    await inTransaction(idb, STORES, 'readwrite', async (tx) => {
      const contacts = tx.objectStore('contacts');
      const read = chunk.map((id) =>
        Promise.all([
          request<Contact | undefined>(contacts.get(id)),
          ...HISTORY_STORES.map((s) => request(tx.objectStore(s).index('contactId').getAll(id))),
        ]),
      );
      for (const [contact, ...rows] of await Promise.all(read)) {
        if (!contact || contact.deletedAt !== undefined) continue;
        const input = toEngineInput(contact, liveHistory(rows as HistoryRows));
        out.push(evaluateAndStore(contacts, contact, input, playbook, today, now));
      }
    });
  }
  return out;
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

interface EngineHistory {
  events: EngineEvent[];
  states: SuggestionState[];
}

/** Rows per read when a whole history table is walked (a few MB of structured clones each). */
const TABLE_CHUNK = 20_000;

/**
 * Every contact's history as engine input, read table by table in primary-key order. An index
 * read by contactId costs a random lookup of each row (10 s for 400,000 touches here); walking
 * the table in key order costs half of that, and each row becomes its small engine event at once.
 */
async function everyonesHistory(idb: IDBDatabase): Promise<Map<string, EngineHistory>> {
  const out = new Map<string, EngineHistory>();
  const of = (contactId: string) => {
    let h = out.get(contactId);
    if (!h) {
      h = { events: [], states: [] };
      out.set(contactId, h);
    }
    return h;
  };
  const walk = <T extends { id: string; contactId: string; deletedAt?: number }>(
    store: string,
    take: (h: EngineHistory, row: T) => void,
  ) =>
    eachChunk<T>(idb, store, TABLE_CHUNK, (rows) => {
      for (const row of rows) if (row.deletedAt === undefined) take(of(row.contactId), row);
    });
  // the table order is toEngineInput's: same-day events keep the order the engine expects
  await walk<Touch>('touches', (h, r) => h.events.push(touchEvent(r)));
  await walk<Order>('orders', (h, r) => h.events.push(orderEvent(r)));
  await walk<Win>('wins', (h, r) => h.events.push(winEvent(r)));
  await walk<TeamCall>('teamCalls', (h, r) => h.events.push(teamCallEvent(r)));
  await walk<SuggestionStateRow>('suggestionStates', (h, r) => h.states.push(suggestionState(r)));
  return out;
}

/**
 * Every live contact (the daily recompute, and after a playbook change). The histories are read
 * first in one pass over each table (everyonesHistory); then the contacts are walked in id order,
 * `batch` per transaction, evaluated and written back when changed. Between batches the event
 * loop is free, so a panel's request waits for one batch at most. A history written during the
 * run is not in the pass's snapshot: the caller recomputes those contacts again afterwards
 * (KindredService.recomputeAll).
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
  const histories = await everyonesHistory(idb);
  const none: EngineHistory = { events: [], states: [] };
  let after: string | undefined;
  let count = 0;
  for (;;) {
    const results = await inTransaction(idb, ['contacts'], 'readwrite', async (tx) => {
      const contacts = tx.objectStore('contacts');
      const range = after === undefined ? null : IDBKeyRange.lowerBound(after, true);
      const rows = await request<Contact[]>(contacts.getAll(range, batch));
      if (rows.length === 0) return null;
      after = rows[rows.length - 1]!.id;
      const done: Recomputed[] = [];
      for (const contact of rows) {
        if (contact.deletedAt !== undefined) continue;
        const input = { contact: engineContact(contact), ...(histories.get(contact.id) ?? none) };
        done.push(evaluateAndStore(contacts, contact, input, playbook, today, now));
      }
      return done;
    });
    if (!results) return count;
    count += results.length;
    onBatch(results);
    await new Promise((r) => setTimeout(r, 0)); // let the panels' requests in between batches
  }
}
