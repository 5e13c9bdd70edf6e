import { ago, type Ctx, dayN } from './context';
import type { Occurrence } from './occurrences';

/**
 * Parts A to C of the 90-day plan (seed 002): the welcome or thank-you email on day 0, the
 * card by post by day 3, the checking-in calls, and the weekly tips. Distributors and
 * customers only; a prospect has no plan. Plan items lapse at day planDays + 7: after that
 * the keep-in-touch cadence takes over and an old tip is no use.
 */
export function planLapse(ctx: Ctx): string {
  return dayN(ctx, ctx.playbook.planDays + 7);
}

export function hasPlan(ctx: Ctx): boolean {
  return ctx.contact.role === 'distributor' || ctx.contact.role === 'customer';
}

/** "Maria joined 7 days ago" / "Maria placed a first order 7 days ago". */
export function startedPhrase(ctx: Ctx): string {
  const when = ago(ctx.day0, ctx.now);
  return ctx.contact.role === 'customer'
    ? `${ctx.firstName} placed a first order ${when}`
    : `${ctx.firstName} joined ${when}`;
}

export function planRules(ctx: Ctx): Occurrence[] {
  if (!hasPlan(ctx)) return [];
  const pb = ctx.playbook;
  const customer = ctx.contact.role === 'customer';
  const lapsesAt = planLapse(ctx);
  const since = startedPhrase(ctx);
  const out: Occurrence[] = [];

  // A: the email on day 0, the card by post within the window day 0 .. cardByDay.
  out.push({
    rule: 'plan.email',
    kind: customer ? 'thank_you_email' : 'welcome_email',
    due: ctx.day0,
    lapsesAt,
    reason: customer ? `Thank-you email: ${since}` : `Welcome email: ${since}`,
    templateKey: customer ? 'thank_you_email' : 'welcome_email',
  });
  out.push({
    rule: 'plan.card',
    kind: customer ? 'thank_you_card' : 'greeting_card',
    due: dayN(ctx, pb.cardByDay),
    windowStart: ctx.day0,
    lapsesAt,
    reason: customer
      ? `Thank-you card by post, due by day ${pb.cardByDay}: ${since}`
      : `Greeting card by post from you and the uplines, due by day ${pb.cardByDay}: ${since}`,
    templateKey: customer ? 'thank_you_card' : 'greeting_card',
  });

  // B: checking-in calls on the role's days.
  for (const n of customer ? pb.checkinDays.customer : pb.checkinDays.distributor) {
    out.push({
      rule: 'plan.checkin',
      kind: 'checkin_call',
      due: dayN(ctx, n),
      lapsesAt,
      reason: `Day ${n} check-in call: ${since}`,
      templateKey: 'checkin_call',
    });
  }

  // C: a tip every tipsEveryDays, from the first step up to the plan's last day.
  for (let n = pb.tipsEveryDays; n <= pb.planDays; n += pb.tipsEveryDays) {
    out.push({
      rule: 'plan.tips',
      kind: 'tips',
      due: dayN(ctx, n),
      lapsesAt,
      reason: customer
        ? `Day ${n} product tip for ${ctx.firstName}: a way to get more from the product`
        : `Day ${n} business tip for ${ctx.firstName}: an update or a how-to for the business`,
      templateKey: 'tips',
    });
  }
  return out;
}
