import { type Ctx, isTwoWay, lastTwoWay } from './context';
import { daysBetween, toDay } from './dates';
import { goalReached } from './goals';
import { cadenceOf } from './keepInTouch';
import { autoshipCancelled, expectedReorder, oneAndDoneSince, reorderOverdue } from './orders';
import type { RiskSignal } from './playbook';
import { missedCallsInARow } from './teamCalls';
import { noFirstWinBy } from './wins';

/** Seed 004's "signs that they're about to give up", as explainable points. */
export interface Risk {
  /** Sum of the weights of the signals that hold, capped at 100. */
  score: number;
  /** One sentence per signal, in the order of `signals`. */
  reasons: string[];
  signals: RiskSignal[];
  atRisk: boolean;
}

/** Days before a goal's date from which the deadline counts toward risk. */
export const GOAL_DEADLINE_DAYS = 14;
export const MISSED_CALLS_IN_A_ROW = 3;
export const UNANSWERED_OUTBOUND = 3;

/** `message`/`email` touches going out since the last two-way touch (in logged order). */
export function unansweredCount(ctx: Ctx): number {
  let count = 0;
  for (const t of ctx.touches) {
    if (isTwoWay(t)) count = 0;
    else if ((t.kind === 'message' || t.kind === 'email') && (t.direction ?? 'out') === 'out') count++;
  }
  return count;
}

type Check = (ctx: Ctx) => string | null;

/** Checked in this order (the order of the weights in the settings), each giving its reason. */
const CHECKS: [RiskSignal, Check][] = [
  ['doubt', (ctx) => (ctx.contact.doubt === true ? `${ctx.firstName} talked about quitting` : null)],
  [
    'oneAndDone',
    (ctx) => {
      const since = oneAndDoneSince(ctx);
      return since ? `One-and-done: no second order from ${ctx.firstName} since the first on ${ctx.day0}` : null;
    },
  ],
  [
    'dreamer',
    (ctx) =>
      ctx.contact.role === 'distributor' && ctx.dreamer
        ? 'Dreamer: expects a career from under 3 hours a week (ambition and commitment do not match)'
        : null,
  ],
  [
    'silence',
    (ctx) => {
      const last = lastTwoWay(ctx);
      const silent = daysBetween(last ?? ctx.day0, ctx.now);
      const cadence = cadenceOf(ctx);
      if (silent <= 2 * cadence) return null;
      // dated, not counted: the reason is stored with the contact and stays true day after day,
      // so the daily recompute rewrites only the contacts whose standing really changed
      return last
        ? `No conversation with ${ctx.firstName} since ${last} (more than twice the ${cadence}-day cadence)`
        : `No conversation with ${ctx.firstName} logged since ${ctx.day0} (more than twice the ${cadence}-day cadence)`;
    },
  ],
  [
    'noFirstWin',
    (ctx) =>
      noFirstWinBy(ctx, ctx.playbook.noFirstWinRiskDay)
        ? `No first sale or sponsorship by day ${ctx.playbook.noFirstWinRiskDay}`
        : null,
  ],
  ['autoshipCancelled', (ctx) => (autoshipCancelled(ctx) ? `${ctx.firstName} cancelled autoship` : null)],
  ['reorderOverdue', (ctx) => (reorderOverdue(ctx) ? `Reorder overdue: expected on ${expectedReorder(ctx)}` : null)],
  [
    'goalDeadline',
    (ctx) => {
      const by = toDay(ctx.contact.goal?.by);
      if (ctx.contact.role !== 'distributor' || !by || goalReached(ctx)) return null;
      const left = daysBetween(ctx.now, by);
      if (left > GOAL_DEADLINE_DAYS) return null;
      // without a day count, for the same reason as the silence signal's
      if (left < 0) return `Goal date ${by} passed without the goal reached`;
      if (left === 0) return `Goal date ${by} is today and the goal is not reached`;
      return `Goal date ${by} is within ${GOAL_DEADLINE_DAYS} days and the goal is not reached`;
    },
  ],
  [
    'missedTeamCalls',
    (ctx) => {
      const missed = missedCallsInARow(ctx);
      return ctx.contact.role === 'distributor' && missed >= MISSED_CALLS_IN_A_ROW
        ? `Missed the last ${missed} team calls in a row`
        : null;
    },
  ],
  [
    'unanswered',
    (ctx) => {
      const n = unansweredCount(ctx);
      return n >= UNANSWERED_OUTBOUND ? `The last ${n} messages to ${ctx.firstName} got no reply` : null;
    },
  ],
];

/** A signal whose weight is 0 is switched off and not shown. */
export function riskOf(ctx: Ctx): Risk {
  const weights = ctx.playbook.riskWeights;
  const reasons: string[] = [];
  const signals: RiskSignal[] = [];
  let sum = 0;
  for (const [signal, check] of CHECKS) {
    const weight = weights[signal];
    if (!weight) continue;
    const reason = check(ctx);
    if (reason === null) continue;
    signals.push(signal);
    reasons.push(reason);
    sum += weight;
  }
  const score = Math.min(100, sum);
  return { score, reasons, signals, atRisk: score >= ctx.playbook.riskThreshold };
}
