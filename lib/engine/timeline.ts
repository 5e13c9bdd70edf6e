import { buildCtx } from './context';
import { type Day, daysBetween, plusDays, toDay } from './dates';
import { allOccurrences, type Suggestion, toSuggestion } from './evaluate';
import { isPending } from './occurrences';
import type { PlaybookSettings } from './playbook';
import { compareSuggestions } from './priority';
import { type Risk, riskOf } from './risk';
import type { EngineInput } from './types';

export interface TimelineDay {
  date: Day;
  /** Days since day 0. */
  day: number;
  /** What falls due on this day (nothing more being done than what is logged). */
  due: Suggestion[];
  /** The risk as it stands at the end of this day. */
  risk: Risk;
}

/**
 * The plan day by day: for each day from `from`, the suggestions falling due on it, assuming
 * nothing is done beyond the events given (each day sees the events dated up to it). Used by
 * `npm run simulate -- --days 90` and by the playbook preview.
 */
export function planTimeline(
  input: EngineInput,
  playbook: PlaybookSettings,
  from: string,
  days: number,
): TimelineDay[] {
  const start = toDay(from);
  if (!start) return [];
  const day0 = toDay(input.contact.startedAt) ?? start;
  const out: TimelineDay[] = [];
  for (let i = 0; i < days; i++) {
    const date = plusDays(start, i);
    const ctx = buildCtx(input, playbook, date);
    const due = allOccurrences(ctx)
      .filter((occ) => occ.due === date && isPending(occ, ctx))
      .map((occ) => toSuggestion(occ, date))
      .sort(compareSuggestions);
    out.push({ date, day: daysBetween(day0, date), due, risk: riskOf(ctx) });
  }
  return out;
}
