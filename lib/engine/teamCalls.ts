import type { Ctx } from './context';
import { plusDays, weekdayOf } from './dates';
import type { Occurrence } from './occurrences';
import { hasPlan, planLapse } from './plan';

/** Part D: an invitation the day before each of the first 13 weekly calls (days 1 to 91). */
export const INVITED_CALLS = 13;
const LAST_CALL_DAY = 91;

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function teamCallInvites(ctx: Ctx): Occurrence[] {
  const weekday = ctx.playbook.teamCallWeekday;
  if (!weekday || !hasPlan(ctx)) return [];
  const out: Occurrence[] = [];
  for (let n = 1; n <= LAST_CALL_DAY && out.length < INVITED_CALLS; n++) {
    const call = plusDays(ctx.day0, n);
    if (weekdayOf(call) !== weekday) continue;
    out.push({
      rule: 'plan.teamCall',
      kind: 'team_call_invite',
      due: plusDays(call, -1),
      lapsesAt: planLapse(ctx),
      reason: `Invite ${ctx.firstName} to the team call on ${capital(weekday)} ${call} (call ${out.length + 1} of ${INVITED_CALLS})`,
      templateKey: 'team_call_invite',
    });
  }
  return out;
}

/** How many team calls in a row, counting back from the latest, were missed (no `attended`). */
export function missedCallsInARow(ctx: Ctx): number {
  let missed = 0;
  for (let i = ctx.teamCalls.length - 1; i >= 0; i--) {
    if (ctx.teamCalls[i]?.attended === true) break;
    missed++;
  }
  return missed;
}

/** Team calls attended in total (a habit milestone at 4). */
export function attendedCalls(ctx: Ctx): number {
  return ctx.teamCalls.filter((c) => c.attended === true).length;
}
