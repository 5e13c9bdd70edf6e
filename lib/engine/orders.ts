import type { Ctx } from './context';
import { type Day, plusDays } from './dates';
import type { Occurrence } from './occurrences';

/**
 * Customers: reorders and autoship (seeds 000 and 004). Day 0 is the first order, logged or
 * not; orders on later days are further orders. While on autoship there is no reorder
 * reminder, no reorder-overdue and no one-and-done: the reorder happens by itself.
 */
const isCustomer = (ctx: Ctx) => ctx.contact.role === 'customer';
export const onAutoship = (ctx: Ctx) => ctx.contact.autoship === true;

export function cycleOf(ctx: Ctx): number {
  const own = ctx.contact.reorderCycleDays;
  return typeof own === 'number' && own >= 1 ? own : ctx.playbook.reorderCycleDays;
}

/** Orders after day 0, in date order. */
export function furtherOrders(ctx: Ctx): Day[] {
  return ctx.orders.filter((o) => o.day > ctx.day0).map((o) => o.day);
}

export function lastOrder(ctx: Ctx): Day {
  const further = furtherOrders(ctx);
  return further[further.length - 1] ?? ctx.day0;
}

export function expectedReorder(ctx: Ctx): Day {
  return plusDays(lastOrder(ctx), cycleOf(ctx));
}

/** One-and-done holds from first order + cycle + grace while no second order exists. */
export function oneAndDoneSince(ctx: Ctx): Day | null {
  if (!isCustomer(ctx) || onAutoship(ctx) || furtherOrders(ctx).length > 0) return null;
  const since = plusDays(ctx.day0, cycleOf(ctx) + ctx.playbook.oneAndDoneGraceDays);
  return ctx.now >= since ? since : null;
}

/** Reorder overdue: the expected reorder date has passed (one-and-done replaces it). */
export function reorderOverdue(ctx: Ctx): boolean {
  if (!isCustomer(ctx) || onAutoship(ctx) || oneAndDoneSince(ctx)) return false;
  return ctx.now > expectedReorder(ctx);
}

/** An earlier order was on autoship and the contact is not on it now. */
export function autoshipCancelled(ctx: Ctx): boolean {
  return isCustomer(ctx) && !onAutoship(ctx) && ctx.orders.some((o) => o.autoship === true);
}

export function orderRules(ctx: Ctx): Occurrence[] {
  if (!isCustomer(ctx) || onAutoship(ctx)) return [];
  const out: Occurrence[] = [];
  const cycle = cycleOf(ctx);
  const expected = expectedReorder(ctx);
  out.push({
    rule: 'orders.reorderReminder',
    kind: 'reorder_reminder',
    due: plusDays(expected, -ctx.playbook.reorderReminderDaysBefore),
    reason: `Reorder reminder: ${ctx.firstName}'s next order is expected on ${expected} (every ${cycle} days)`,
    templateKey: 'reorder_reminder',
  });
  const oneAndDone = oneAndDoneSince(ctx);
  if (oneAndDone) {
    out.push({
      rule: 'orders.oneAndDone',
      kind: 'one_and_done_checkin',
      due: oneAndDone,
      reason: `Personal check-in: no second order from ${ctx.firstName} since the first on ${ctx.day0}`,
      templateKey: 'one_and_done_checkin',
    });
  }
  const second = furtherOrders(ctx)[0];
  if (second) {
    out.push({
      rule: 'orders.autoshipTalk',
      kind: 'autoship_talk',
      due: second,
      reason: `Autoship talk: ${ctx.firstName} ordered again on ${second} and is not on autoship`,
      templateKey: 'autoship_talk',
    });
  }
  return out;
}
