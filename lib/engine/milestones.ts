import { buildCtx, type Ctx } from './context';
import { type Day, daysBetween, plusDays } from './dates';
import { cycleOf } from './orders';
import type { PlaybookSettings } from './playbook';
import type { EngineInput } from './types';

/**
 * Habit milestones (seed 004's gym lesson). The app proposes them when it sees them; the user
 * logs them as `habit_milestone` wins, which are then congratulated like any win. A proposal
 * disappears once a habit_milestone win is logged on or after the day it was reached.
 */
export interface MilestoneProposal {
  key: 'orders_on_time' | 'team_calls_attended' | 'first_30_days';
  label: string;
  reachedOn: Day;
}

export const ORDERS_IN_A_ROW = 3;
export const CALLS_ATTENDED = 4;
export const FIRST_DAYS = 30;

/** The day the last `ORDERS_IN_A_ROW` orders (day 0 included) came each within cycle + grace. */
function ordersOnTime(ctx: Ctx): Day | null {
  if (ctx.contact.role !== 'customer') return null;
  const days = [ctx.day0, ...ctx.orders.filter((o) => o.day > ctx.day0).map((o) => o.day)];
  const limit = cycleOf(ctx) + ctx.playbook.oneAndDoneGraceDays;
  let run = 1;
  for (let i = 1; i < days.length; i++) {
    run = daysBetween(days[i - 1] as Day, days[i] as Day) <= limit ? run + 1 : 1;
    if (run >= ORDERS_IN_A_ROW) return days[i] as Day;
  }
  return null;
}

export function proposeMilestones(input: EngineInput, playbook: PlaybookSettings, now: string): MilestoneProposal[] {
  const ctx = buildCtx(input, playbook, now);
  const found: MilestoneProposal[] = [];
  const orders = ordersOnTime(ctx);
  if (orders)
    found.push({ key: 'orders_on_time', label: `${ORDERS_IN_A_ROW} orders in a row on time`, reachedOn: orders });
  const attended = ctx.teamCalls.filter((c) => c.attended === true);
  const fourth = attended[CALLS_ATTENDED - 1];
  if (fourth)
    found.push({ key: 'team_calls_attended', label: `${CALLS_ATTENDED} team calls attended`, reachedOn: fourth.day });
  if (ctx.age >= FIRST_DAYS && ctx.contact.role !== 'prospect') {
    found.push({
      key: 'first_30_days',
      label: `First ${FIRST_DAYS} days complete`,
      reachedOn: plusDays(ctx.day0, FIRST_DAYS),
    });
  }
  const logged = ctx.wins.filter((w) => w.kind === 'habit_milestone').map((w) => w.day);
  return found.filter((m) => !logged.some((day) => day >= m.reachedOn));
}
