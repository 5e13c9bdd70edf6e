import type { History } from '../db/events';
import type { EngineResult } from '../engine';
import type { Contact } from '../model';
import type { ContactSummary } from './lookup-cache';

/** The shapes the service answers with (what the side panel and app page render). */
export interface PageState {
  url: string;
  people: Array<{ displayName: string; identities: string[]; view?: string }>;
  diagnostic?: { site: string; view: string; reason: string };
}

export interface PagePerson {
  displayName: string;
  identities: string[];
  view?: string;
  contact?: ContactSummary;
  /** Contacts whose name looks like this person's: a suggestion to link, never a link. */
  maybe: ContactSummary[];
}

export interface TodayTotals {
  overdue: number;
  dueToday: number;
  week: number;
  atRisk: number;
}

export interface TodayView {
  today: string;
  overdue: ContactSummary[];
  dueToday: ContactSummary[];
  week: ContactSummary[];
  atRisk: ContactSummary[];
  /** Each group's full size; the lists hold its first TODAY_LIMIT people. */
  totals: TodayTotals;
}

/**
 * What the panel paints first: the lists, and a group's size only where the list is all of it.
 * `null` means "more than the list": counting a large group walks its index range (120 ms for
 * 18,000 overdue people here), so the counts follow in `panel->bg:todayTotals`.
 */
export interface TodayLists extends Omit<TodayView, 'totals'> {
  totals: { [K in keyof TodayTotals]: number | null };
}

/** People shown per Today group: the rest are counted and reachable from the app page's table. */
export const TODAY_LIMIT = 50;

export interface ContactView {
  contact: Contact;
  history: History;
  result: EngineResult;
}

export type Clock = () => number;
