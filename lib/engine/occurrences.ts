import type { Ctx, NormalState } from './context';
import type { Day } from './dates';
import { earliestFulfilment, kindFulfils } from './fulfils';
import type { SuggestedKind } from './vocabulary';

/**
 * One dated instance of a rule: the day-7 check-in call, the 2027 birthday card, the
 * congratulation for the win of 2026-03-05. Rules only produce occurrences; this module
 * decides which of them is the open suggestion of its kind.
 */
export interface Occurrence {
  rule: string;
  kind: SuggestedKind;
  due: Day;
  /** A window (the card: day 0 to day 3): a touch anywhere from its start fulfils. */
  windowStart?: Day;
  /** Open only while now < lapsesAt (birthdays, the 90-day plan). */
  lapsesAt?: Day;
  reason: string;
  templateKey: string;
}

/** Fulfilled by a logged touch of a fulfilling kind on or after its due date, up to 2 days before it, or in its window. */
export function isFulfilled(occ: Occurrence, ctx: Ctx): boolean {
  const from = earliestFulfilment(occ.due, occ.windowStart);
  return ctx.touches.some((t) => t.day >= from && kindFulfils(t, occ.kind, occ.due));
}

/** Done or skipped: the suggestion shown stood for every occurrence of its kind due up to it. */
export function isClosedByState(occ: Occurrence, states: NormalState[]): boolean {
  return states.some((s) => s.kind === occ.kind && (s.state === 'done' || s.state === 'skipped') && s.due >= occ.due);
}

export function isSnoozed(occ: Occurrence, ctx: Ctx): boolean {
  return ctx.states.some(
    (s) => s.kind === occ.kind && s.due === occ.due && s.state === 'snoozed' && s.until !== null && ctx.now < s.until,
  );
}

export function isLapsed(occ: Occurrence, now: Day): boolean {
  return occ.lapsesAt !== undefined && now >= occ.lapsesAt;
}

/** Not fulfilled, not done or skipped, not lapsed. (Snoozes are applied after the choice.) */
export function isPending(occ: Occurrence, ctx: Ctx): boolean {
  return !isLapsed(occ, ctx.now) && !isClosedByState(occ, ctx.states) && !isFulfilled(occ, ctx);
}

/**
 * The open suggestion of one kind: among its pending occurrences, the latest one due on or
 * before now (it stands for the missed earlier ones); otherwise the earliest due by now + 7;
 * otherwise none. A snoozed choice hides the kind; it does not let an older occurrence through.
 */
export function openOfKind(occs: Occurrence[], ctx: Ctx): Occurrence | null {
  let latestDue: Occurrence | null = null;
  let earliestSoon: Occurrence | null = null;
  for (const occ of occs) {
    if (!isPending(occ, ctx)) continue;
    if (occ.due <= ctx.now) {
      if (!latestDue || occ.due >= latestDue.due) latestDue = occ;
    } else if (occ.due <= ctx.horizon && (!earliestSoon || occ.due < earliestSoon.due)) {
      earliestSoon = occ;
    }
  }
  const chosen = latestDue ?? earliestSoon;
  return chosen && !isSnoozed(chosen, ctx) ? chosen : null;
}

/** One open suggestion per kind, from all the rules' occurrences. */
export function openSuggestions(occs: Occurrence[], ctx: Ctx): Occurrence[] {
  const byKind = new Map<string, Occurrence[]>();
  for (const occ of occs) {
    const list = byKind.get(occ.kind);
    if (list) list.push(occ);
    else byKind.set(occ.kind, [occ]);
  }
  const open: Occurrence[] = [];
  for (const list of byKind.values()) {
    const chosen = openOfKind(list, ctx);
    if (chosen) open.push(chosen);
  }
  return open;
}
