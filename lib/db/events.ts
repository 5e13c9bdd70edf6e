import type { z } from 'zod';
import {
  type Contact,
  type Order,
  OrderSchema,
  type SuggestionStateRow,
  SuggestionStateSchema,
  type TeamCall,
  TeamCallSchema,
  type Touch,
  TouchSchema,
  type Win,
  WinSchema,
} from '../model';
import { ContactError, type ContactStep, describeZodError, liveContactIn } from './contacts';
import type { KindredDB } from './db';
import { byLogging, type Digest, digestIn, HISTORY_TABLES, type HistoryTable, withRow } from './digest';
import { backend, inTransaction, request } from './idb';
import { newId } from './ids';

type Fields<T> = Omit<T, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt'>;

/** A new row of one of a contact's history tables, validated, with its id and times set. */
export interface NewHistoryRow {
  table: HistoryTable;
  row: { id: string; contactId: string; createdAt: number; deletedAt?: number };
}

function historyRow<T>(schema: z.ZodType<T>, fields: object, now: number): T {
  const parsed = schema.safeParse({ ...fields, id: newId(), createdAt: now, updatedAt: now });
  if (!parsed.success) throw new ContactError(describeZodError(parsed.error));
  return parsed.data;
}

export const touchRow = (f: Fields<Touch>, now: number) => historyRow(TouchSchema, f, now);
export const orderRow = (f: Fields<Order>, now: number) => historyRow(OrderSchema, f, now);
export const winRow = (f: Fields<Win>, now: number) => historyRow(WinSchema, f, now);
export const teamCallRow = (f: Fields<TeamCall>, now: number) => historyRow(TeamCallSchema, f, now);
export const suggestionStateRow = (f: Fields<SuggestionStateRow>, now: number) =>
  historyRow(SuggestionStateSchema, f, now);

/**
 * In `tx` (holding the contacts, the digests and the rows' tables): adds rows of one live
 * contact's history and appends them to its digest (lib/db/digest.ts). Returns the contact and
 * its digest; no digest when it had none, or when a row cannot be appended (a clock set back):
 * then the stored one is deleted and the next recompute builds it again from the rows.
 */
export async function appendHistory(
  tx: IDBTransaction,
  contactId: string,
  rows: readonly NewHistoryRow[],
): Promise<{ contact: Contact; digest?: Digest }> {
  const [contact, digest] = await Promise.all([liveContactIn(tx, contactId), digestIn(tx, contactId)]);
  let next = digest;
  for (const { table, row } of rows) {
    if (row.contactId !== contactId) throw new ContactError('A history row names another contact');
    tx.objectStore(table).add(row);
    next = next && withRow(next, table, row);
  }
  if (next) tx.objectStore('digests').put(next);
  else if (digest) tx.objectStore('digests').delete(contactId);
  return { contact, digest: next };
}

/**
 * Adds one row of a contact's history (appended to its digest in the same transaction); the
 * caller recomputes the contact. The service does both in one transaction instead
 * (lib/db/recompute.ts addAndRecompute); this is for the demo data and tests.
 */
async function addRow<T extends NewHistoryRow['row']>(db: KindredDB, table: HistoryTable, row: T): Promise<T> {
  await inTransaction(await backend(db), [table, 'contacts', 'digests'], 'readwrite', (tx) =>
    appendHistory(tx, row.contactId, [{ table, row }]),
  );
  return row;
}

export const addTouch = (db: KindredDB, f: Fields<Touch>, now: number) => addRow(db, 'touches', touchRow(f, now));
export const addOrder = (db: KindredDB, f: Fields<Order>, now: number) => addRow(db, 'orders', orderRow(f, now));
export const addWin = (db: KindredDB, f: Fields<Win>, now: number) => addRow(db, 'wins', winRow(f, now));
export const addTeamCall = (db: KindredDB, f: Fields<TeamCall>, now: number) =>
  addRow(db, 'teamCalls', teamCallRow(f, now));
export const addSuggestionState = (db: KindredDB, f: Fields<SuggestionStateRow>, now: number) =>
  addRow(db, 'suggestionStates', suggestionStateRow(f, now));

export interface History {
  touches: Touch[];
  orders: Order[];
  wins: Win[];
  teamCalls: TeamCall[];
  states: SuggestionStateRow[];
}

/** A contact's rows of the five history tables, in this order. */
export type HistoryRows = [Touch[], Order[], Win[], TeamCall[], SuggestionStateRow[]];

/** The rows as a History: without the deleted ones, each table in logging order (as its digest). */
export function liveHistory([touches, orders, wins, teamCalls, states]: HistoryRows): History {
  const live = <T extends { id: string; createdAt: number; deletedAt?: number }>(rows: T[]) =>
    rows.filter((r) => r.deletedAt === undefined).sort(byLogging);
  return {
    touches: live(touches),
    orders: live(orders),
    wins: live(wins),
    teamCalls: live(teamCalls),
    states: live(states),
  };
}

/** A contact's rows of the five history tables (the deleted ones too), read in one transaction. */
export async function historyRowsOf(db: KindredDB, contactId: string): Promise<HistoryRows> {
  const tables = HISTORY_TABLES.map((t) => db.table(t));
  const rows = await db.transaction('r', tables, () =>
    Promise.all(tables.map((table) => table.where('contactId').equals(contactId).toArray())),
  );
  return rows as HistoryRows; // HISTORY_TABLES is HistoryRows' order
}

/** Everything the engine needs about one contact, read in one transaction. */
export async function historyOf(db: KindredDB, contactId: string): Promise<History> {
  return liveHistory(await historyRowsOf(db, contactId));
}

/** Moves a touch to the trash, in its transaction; its contact's digest is built again at the recompute. */
export function touchDeletion(id: string, now: number): ContactStep {
  return async (tx) => {
    const touches = tx.objectStore('touches');
    const touch = await request<Touch | undefined>(touches.get(id));
    if (!touch) return undefined;
    touches.put({ ...touch, deletedAt: now, updatedAt: now });
    tx.objectStore('digests').delete(touch.contactId);
    return touch.contactId;
  };
}

export async function deleteTouch(db: KindredDB, id: string, now: number): Promise<string | undefined> {
  return inTransaction(await backend(db), ['touches', 'digests'], 'readwrite', touchDeletion(id, now));
}

/** How many history rows (touches, orders, wins, team calls, suggestion states) a contact has. */
export async function historyCount(db: KindredDB, contactId: string): Promise<number> {
  let count = 0;
  for (const table of HISTORY_TABLES) {
    count += await db.table(table).where('contactId').equals(contactId).count();
  }
  return count;
}
