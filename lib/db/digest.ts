import type { EngineEvent, SuggestionState } from '../engine';
import type { Order, SuggestionStateRow, TeamCall, Touch, Win } from '../model';
import { orderEvent, suggestionState, teamCallEvent, touchEvent, winEvent } from './engine-input';
import type { HistoryRows } from './events';
import { request } from './idb';

/** The five tables of a contact's history, in the order the engine's input lists them. */
export const HISTORY_TABLES = ['touches', 'orders', 'wins', 'teamCalls', 'suggestionStates'] as const;
export type HistoryTable = (typeof HISTORY_TABLES)[number];

type Row = { id: string; createdAt: number; deletedAt?: number };

/**
 * A contact's history as the engine reads it: one row per contact in the `digests` table, kept
 * beside the contact so a recompute reads two rows instead of five index ranges (3 ms of storage
 * requests per recompute here), and the daily run reads 20,000 rows instead of 420,000.
 *
 * It is a cache of the history tables, never the truth: adding a row appends to it in the add's
 * transaction (lib/db/events.ts appendHistory); every other write to a history table deletes the
 * digests of the contacts it touched in its own transaction, and the next recompute builds them
 * again from the rows (lib/db/recompute.ts). So a digest, when present, always equals
 * `digestOf` of the rows (lib/db/digest.test.ts checks this after random writes).
 *
 * Each table's events are kept as one JSON string: a string is cloned in and out of IndexedDB
 * as one block, where thousands of small objects are decoded one by one.
 */
export interface Digest {
  contactId: string;
  /** Per table, the JSON array of its live rows as engine events, in logging order (absent: none). */
  lists: Partial<Record<HistoryTable, string>>;
  /** Per table, the logging key of its last live row: an added row is appended only after it. */
  last: Partial<Record<HistoryTable, [createdAt: number, id: string]>>;
}

const TO_EVENT: Record<HistoryTable, (row: never) => EngineEvent | SuggestionState> = {
  touches: (r: Touch) => touchEvent(r),
  orders: (r: Order) => orderEvent(r),
  wins: (r: Win) => winEvent(r),
  teamCalls: (r: TeamCall) => teamCallEvent(r),
  suggestionStates: (r: SuggestionStateRow) => suggestionState(r),
};

/**
 * Logging order: when the row was written, then its id. The engine keeps same-day events in
 * the order it is given them, and random UUIDs (the index's order) are no order at all.
 */
export function byLogging(a: Row, b: Row): number {
  return a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The digest of a contact's history rows (live rows only, each table in logging order). */
export function digestOf(contactId: string, rows: HistoryRows): Digest {
  const digest: Digest = { contactId, lists: {}, last: {} };
  HISTORY_TABLES.forEach((table, i) => {
    const live = (rows[i] as Row[]).filter((r) => r.deletedAt === undefined).sort(byLogging);
    const end = live[live.length - 1];
    if (!end) return;
    digest.lists[table] = JSON.stringify(live.map((r) => TO_EVENT[table](r as never)));
    digest.last[table] = [end.createdAt, end.id];
  });
  return digest;
}

/**
 * The digest with one new row of `table` appended, or undefined when the row does not sort after
 * the table's last one (a clock set back): then the digest must be built again from the rows.
 */
export function withRow(digest: Digest, table: HistoryTable, row: Row): Digest | undefined {
  if (row.deletedAt !== undefined) return digest;
  const last = digest.last[table];
  if (last && byLogging({ createdAt: last[0], id: last[1] }, row) >= 0) return undefined;
  const event = JSON.stringify(TO_EVENT[table](row as never));
  const list = digest.lists[table];
  return {
    contactId: digest.contactId,
    lists: { ...digest.lists, [table]: list ? `${list.slice(0, -1)},${event}]` : `[${event}]` },
    last: { ...digest.last, [table]: [row.createdAt, row.id] },
  };
}

/** The digest of contact `id` as stored, read in `tx` (undefined when it has none). */
export function digestIn(tx: IDBTransaction, id: string): Promise<Digest | undefined> {
  return request<Digest | undefined>(tx.objectStore('digests').get(id));
}

/**
 * The engine's events and suggestion states of a digest, or undefined when it cannot be read (a
 * damaged row): the caller then builds it again from the history rows.
 */
export function digestInput(digest: Digest): { events: EngineEvent[]; states: SuggestionState[] } | undefined {
  try {
    const parse = <T>(table: HistoryTable): T[] => {
      const list = digest.lists?.[table];
      return list ? (JSON.parse(list) as T[]) : [];
    };
    const events = [
      ...parse<EngineEvent>('touches'),
      ...parse<EngineEvent>('orders'),
      ...parse<EngineEvent>('wins'),
      ...parse<EngineEvent>('teamCalls'),
    ];
    return { events, states: parse<SuggestionState>('suggestionStates') };
  } catch {
    return undefined;
  }
}
