import { type Day, daysBetween } from './dates';
import { kindOrder } from './vocabulary';

export type Priority = 'low' | 'normal' | 'high';

const HIGH = new Set([
  'expectation_talk',
  'first_win_help',
  'one_and_done_checkin',
  'replan_talk',
  'congratulate',
  'birthday_call',
]);
const LOW = new Set(['tips', 'team_call_invite']);

/** Bumped one level when more than this many days overdue. */
export const OVERDUE_BUMP_AFTER_DAYS = 2;

export function basePriority(kind: string): Priority {
  if (HIGH.has(kind)) return 'high';
  return LOW.has(kind) ? 'low' : 'normal';
}

export function priorityOf(kind: string, due: Day, now: Day): Priority {
  const base = basePriority(kind);
  if (daysBetween(due, now) <= OVERDUE_BUMP_AFTER_DAYS) return base;
  return base === 'low' ? 'normal' : 'high';
}

const RANK: Record<Priority, number> = { high: 0, normal: 1, low: 2 };

/** Soonest first; same day: higher priority first; then the vocabulary order. */
export function compareSuggestions(
  a: { due: Day; priority: Priority; kind: string },
  b: { due: Day; priority: Priority; kind: string },
): number {
  if (a.due !== b.due) return a.due < b.due ? -1 : 1;
  if (a.priority !== b.priority) return RANK[a.priority] - RANK[b.priority];
  return kindOrder(a.kind) - kindOrder(b.kind);
}
