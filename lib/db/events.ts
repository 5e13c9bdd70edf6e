import type { z } from 'zod';
import {
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
import { ContactError, describeZodError } from './contacts';
import type { KindredDB } from './db';
import { byLogging, HISTORY_TABLES, type HistoryTable, withRow } from './digest';
import { newId } from './ids';

type Fields<T> = Omit<T, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt'>;

/**
 * Validates one row of a contact's history and adds it, appending it to the contact's digest in
 * the same transaction (lib/db/digest.ts); the caller recomputes the contact.
 */
async function addRow<T extends { id: string; createdAt: number }>(
  db: KindredDB,
  table: HistoryTable,
  schema: z.ZodType<T>,
  fields: Record<string, unknown> & { contactId: string },
  now: number,
): Promise<T> {
  const parsed = schema.safeParse({ ...fields, id: newId(), createdAt: now, updatedAt: now });
  if (!parsed.success) throw new ContactError(describeZodError(parsed.error));
  const row = parsed.data;
  const contactId = fields.contactId;
  await db.transaction('rw', [db.table(table), db.contacts, db.digests], async () => {
    const contact = await db.contacts.get(contactId);
    if (!contact || contact.deletedAt !== undefined) throw new ContactError('That contact no longer exists');
    await db.table(table).add(row);
    const digest = await db.digests.get(contactId);
    if (!digest) return; // built from the rows at the next recompute
    const next = withRow(digest, table, row);
    if (next) await db.digests.put(next);
    else await db.digests.delete(contactId);
  });
  return row;
}

export const addTouch = (db: KindredDB, f: Fields<Touch>, now: number) => addRow(db, 'touches', TouchSchema, f, now);
export const addOrder = (db: KindredDB, f: Fields<Order>, now: number) => addRow(db, 'orders', OrderSchema, f, now);
export const addWin = (db: KindredDB, f: Fields<Win>, now: number) => addRow(db, 'wins', WinSchema, f, now);
export const addTeamCall = (db: KindredDB, f: Fields<TeamCall>, now: number) =>
  addRow(db, 'teamCalls', TeamCallSchema, f, now);
export const addSuggestionState = (db: KindredDB, f: Fields<SuggestionStateRow>, now: number) =>
  addRow(db, 'suggestionStates', SuggestionStateSchema, f, now);

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

export async function deleteTouch(db: KindredDB, id: string, now: number): Promise<string | undefined> {
  return db.transaction('rw', db.touches, db.digests, async () => {
    const touch = await db.touches.get(id);
    if (!touch) return undefined;
    await db.touches.update(id, { deletedAt: now, updatedAt: now });
    await db.digests.delete(touch.contactId); // built again at the recompute that follows
    return touch.contactId;
  });
}

/** How many history rows (touches, orders, wins, team calls, suggestion states) a contact has. */
export async function historyCount(db: KindredDB, contactId: string): Promise<number> {
  let count = 0;
  for (const table of HISTORY_TABLES) {
    count += await db.table(table).where('contactId').equals(contactId).count();
  }
  return count;
}
