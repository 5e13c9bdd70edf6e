import { type Ctx, dayN, goalRecorded, hasWin, isTwoWay } from './context';
import { type Day, daysBetween, maxDay, plusDays, toDay } from './dates';
import type { Occurrence } from './occurrences';

/**
 * Expectations and goals (seed 000): "a breakdown is an expectation not met", and "no one
 * leaves when they are in action and the goal is in sight". Distributors only.
 */
const isDistributor = (ctx: Ctx) => ctx.contact.role === 'distributor';

export function goalReached(ctx: Ctx): boolean {
  return hasWin(ctx, ['goal_reached']);
}

/** When the goal was set: its setAt, else day 0. */
export function goalStart(ctx: Ctx): Day {
  return toDay(ctx.contact.goal?.setAt) ?? ctx.day0;
}

function goalName(ctx: Ctx): string {
  const text = ctx.contact.goal?.text?.trim();
  return text ? `${ctx.firstName}'s goal "${text}"` : `${ctx.firstName}'s goal`;
}

/** Due on day 7 while no goal is recorded. */
export function expectationTalk(ctx: Ctx): Occurrence[] {
  if (!isDistributor(ctx) || goalRecorded(ctx.contact)) return [];
  const n = ctx.playbook.expectationTalkByDay;
  return [
    {
      rule: 'goals.expectationTalk',
      kind: 'expectation_talk',
      due: dayN(ctx, n),
      reason: `Expectation talk by day ${n}: no goal recorded for ${ctx.firstName} yet (what, why, by when)`,
      templateKey: 'expectation_talk',
    },
  ];
}

/** At the midpoint of setAt (else day 0) .. goal date, rounded down, and at the goal date. */
export function goalChecks(ctx: Ctx): Occurrence[] {
  const by = toDay(ctx.contact.goal?.by);
  if (!isDistributor(ctx) || !by || goalReached(ctx)) return [];
  const start = goalStart(ctx);
  const mid = plusDays(start, Math.floor(daysBetween(start, by) / 2));
  const out: Occurrence[] = [];
  if (mid < by) {
    out.push({
      rule: 'goals.check',
      kind: 'goal_check',
      due: mid,
      reason: `Halfway goal check: ${goalName(ctx)} is due ${by}`,
      templateKey: 'goal_check.midpoint',
    });
  }
  out.push({
    rule: 'goals.check',
    kind: 'goal_check',
    due: by,
    reason: `Goal check at the deadline: ${goalName(ctx)} was due ${by}`,
    templateKey: 'goal_check.end',
  });
  return out;
}

/** The last day of activity: a two-way touch, an order, an attended team call or a win. */
export function lastActivity(ctx: Ctx): Day | null {
  let last: Day | null = null;
  for (const e of ctx.events) {
    const active =
      (e.type === 'touch' && isTwoWay(e)) ||
      e.type === 'order' ||
      e.type === 'win' ||
      (e.type === 'team_call' && e.attended === true);
    if (active) last = e.day;
  }
  return last;
}

/** Conditional: with an open goal and 14 days without activity, review the actions. */
export function actionReview(ctx: Ctx): Occurrence[] {
  if (!isDistributor(ctx) || !goalRecorded(ctx.contact) || goalReached(ctx)) return [];
  const activity = lastActivity(ctx);
  const base = activity ? maxDay(goalStart(ctx), activity) : goalStart(ctx);
  const after = ctx.playbook.actionReviewAfterDays;
  const due = plusDays(base, after);
  if (ctx.now < due) return [];
  return [
    {
      rule: 'goals.actionReview',
      kind: 'action_review',
      due,
      reason: activity
        ? `Action review: no activity from ${ctx.firstName} since ${base} (${after}+ days) while the goal is open`
        : `Action review: no activity from ${ctx.firstName} logged since the goal was set on ${base}`,
      templateKey: 'action_review',
    },
  ];
}

/** Conditional: a Dreamer distributor (career ambition, casual commitment) needs a re-planning talk. */
export function replanTalk(ctx: Ctx): Occurrence[] {
  if (!isDistributor(ctx) || !ctx.dreamer) return [];
  return [
    {
      rule: 'goals.replan',
      kind: 'replan_talk',
      due: goalStart(ctx),
      reason: `Re-planning talk: ${ctx.firstName} expects a career but can give only a few hours a week (Dreamer)`,
      templateKey: 'replan_talk',
    },
  ];
}
