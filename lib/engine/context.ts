import { isDreamer, type SegmentName, segmentOf } from '../segments';
import { type Day, daysBetween, plusDays, toDay } from './dates';
import type { PlaybookSettings } from './playbook';
import type {
  EngineContact,
  EngineEvent,
  EngineInput,
  OrderEvent,
  SuggestionState,
  TeamCallEvent,
  TouchEvent,
  WinEvent,
} from './types';

/** An event with its local calendar day, in date order (same day: the order it was given). */
export type Dated<E> = E & { day: Day };

export interface NormalState {
  kind: string;
  due: Day;
  state: SuggestionState['state'];
  until: Day | null;
}

/**
 * Everything a rule needs, computed once per evaluation: the contact, `now`, and the events
 * of the contact dated on or before `now` (later ones are ignored, as the playbook says).
 */
export interface Ctx {
  contact: EngineContact;
  firstName: string;
  playbook: PlaybookSettings;
  now: Day;
  /** now + 7: the edge of the suggestions window. */
  horizon: Day;
  day0: Day;
  /** Days since day 0 (negative before it). */
  age: number;
  events: Dated<EngineEvent>[];
  touches: Dated<TouchEvent>[];
  orders: Dated<OrderEvent>[];
  wins: Dated<WinEvent>[];
  teamCalls: Dated<TeamCallEvent>[];
  states: NormalState[];
  segment: SegmentName | null;
  dreamer: boolean;
}

/** The conversation kinds: two-way whatever their direction. */
const CONVERSATION_KINDS = new Set([
  'call',
  'meeting',
  'checkin_call',
  'birthday_call',
  'meet_in_person',
  'expectation_talk',
  'goal_check',
  'action_review',
  'replan_talk',
  'first_win_help',
]);

/** Two-way: direction `in` or `both`, or a conversation kind. No direction means `out`. */
export function isTwoWay(touch: TouchEvent): boolean {
  return touch.direction === 'in' || touch.direction === 'both' || CONVERSATION_KINDS.has(touch.kind);
}

export function firstNameOf(name: string | undefined): string {
  const first = (name ?? '').trim().split(/\s+/)[0];
  return first ? first : 'this contact';
}

export function buildCtx(input: EngineInput, playbook: PlaybookSettings, nowIso: string): Ctx {
  const now = toDay(nowIso) ?? '1970-01-01';
  const contact = input.contact;
  // A bad startedAt cannot come through the scenario parser; elsewhere, fall back to now.
  const day0 = toDay(contact.startedAt) ?? now;
  const events: Dated<EngineEvent>[] = [];
  for (const event of input.events ?? []) {
    const day = event && toDay(event.at);
    if (day && day <= now) events.push({ ...event, day });
  }
  // Array.prototype.sort is stable: same-day events keep the order they were logged in.
  events.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  const states: NormalState[] = [];
  for (const s of input.states ?? []) {
    const due = s && toDay(s.due);
    if (due) states.push({ kind: s.kind, due, state: s.state, until: toDay(s.until) });
  }
  return {
    contact,
    firstName: firstNameOf(contact.name),
    playbook,
    now,
    horizon: plusDays(now, 7),
    day0,
    age: daysBetween(day0, now),
    events,
    touches: events.filter((e): e is Dated<TouchEvent> => e.type === 'touch'),
    orders: events.filter((e): e is Dated<OrderEvent> => e.type === 'order'),
    wins: events.filter((e): e is Dated<WinEvent> => e.type === 'win'),
    teamCalls: events.filter((e): e is Dated<TeamCallEvent> => e.type === 'team_call'),
    states,
    segment: segmentOf(contact.ambition, contact.commitment, contact.hoursPerWeek),
    dreamer: isDreamer(contact.ambition, contact.commitment, contact.hoursPerWeek),
  };
}

/** The day of the last two-way touch, or null. */
export function lastTwoWay(ctx: Ctx): Day | null {
  let last: Day | null = null;
  for (const t of ctx.touches) if (isTwoWay(t)) last = t.day;
  return last;
}

export function hasWin(ctx: Ctx, kinds: readonly string[]): boolean {
  return ctx.wins.some((w) => kinds.includes(w.kind));
}

/** A goal counts as recorded when it says something: a text, an amount or a date. */
export function goalRecorded(contact: EngineContact): boolean {
  const g = contact.goal;
  return !!g && (!!g.text?.trim() || typeof g.amountPerMonth === 'number' || !!toDay(g.by));
}

/** "today", "yesterday", "5 days ago", "in 3 days". */
export function ago(from: Day, now: Day): string {
  const n = daysBetween(from, now);
  if (n === 0) return 'today';
  if (n === 1) return 'yesterday';
  if (n > 1) return `${n} days ago`;
  return n === -1 ? 'tomorrow' : `in ${-n} days`;
}

/** The day `n` days after day 0. */
export function dayN(ctx: Ctx, n: number): Day {
  return plusDays(ctx.day0, n);
}
