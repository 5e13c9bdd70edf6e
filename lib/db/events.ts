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
import { ContactError, describeZodError, getContact } from './contacts';
import type { KindredDB } from './db';
import { newId } from './ids';

type Fields<T> = Omit<T, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt'>;

/** Validates one row of a contact's history and adds it; the caller recomputes the contact. */
async function addRow<T extends { id: string }>(
  db: KindredDB,
  table: 'touches' | 'orders' | 'wins' | 'teamCalls' | 'suggestionStates',
  schema: z.ZodType<T>,
  fields: Record<string, unknown> & { contactId: string },
  now: number,
): Promise<T> {
  const parsed = schema.safeParse({ ...fields, id: newId(), createdAt: now, updatedAt: now });
  if (!parsed.success) throw new ContactError(describeZodError(parsed.error));
  if (!(await getContact(db, fields.contactId))) throw new ContactError('That contact no longer exists');
  await (db[table] as unknown as { add(row: T): Promise<unknown> }).add(parsed.data);
  return parsed.data;
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

/** Everything the engine needs about one contact, read in one transaction. */
export async function historyOf(db: KindredDB, contactId: string): Promise<History> {
  return (await historiesOf(db, [contactId])).get(contactId)!;
}

/**
 * The histories of many contacts in one transaction: one indexed read per table for the whole
 * batch, instead of five per contact (the daily recompute of 20,000 contacts depends on it).
 */
export async function historiesOf(db: KindredDB, contactIds: readonly string[]): Promise<Map<string, History>> {
  const out = new Map<string, History>();
  for (const id of contactIds) out.set(id, { touches: [], orders: [], wins: [], teamCalls: [], states: [] });
  if (contactIds.length === 0) return out;
  const ids = contactIds as string[];
  const byContact = <T extends { contactId: string; deletedAt?: number }>(rows: T[], field: keyof History) => {
    for (const row of rows)
      if (row.deletedAt === undefined) (out.get(row.contactId)?.[field] as T[] | undefined)?.push(row);
  };
  await db.transaction('r', [db.touches, db.orders, db.wins, db.teamCalls, db.suggestionStates], async () => {
    const read = <T>(table: {
      where(i: string): {
        equals(v: string): { toArray(): Promise<T[]> };
        anyOf(v: string[]): { toArray(): Promise<T[]> };
      };
    }) =>
      ids.length === 1
        ? table.where('contactId').equals(ids[0]!).toArray()
        : table.where('contactId').anyOf(ids).toArray();
    const [touches, orders, wins, teamCalls, states] = await Promise.all([
      read<Touch>(db.touches),
      read<Order>(db.orders),
      read<Win>(db.wins),
      read<TeamCall>(db.teamCalls),
      read<SuggestionStateRow>(db.suggestionStates),
    ]);
    byContact(touches, 'touches');
    byContact(orders, 'orders');
    byContact(wins, 'wins');
    byContact(teamCalls, 'teamCalls');
    byContact(states, 'states');
  });
  return out;
}

export async function deleteTouch(db: KindredDB, id: string, now: number): Promise<string | undefined> {
  const touch = await db.touches.get(id);
  if (!touch) return undefined;
  await db.touches.update(id, { deletedAt: now, updatedAt: now });
  return touch.contactId;
}

/** How many history rows (touches, orders, wins, team calls, suggestion states) a contact has. */
export async function historyCount(db: KindredDB, contactId: string): Promise<number> {
  let count = 0;
  for (const table of [db.touches, db.orders, db.wins, db.teamCalls, db.suggestionStates]) {
    count += await table.where('contactId').equals(contactId).count();
  }
  return count;
}
