import type { Ctx } from './context';
import { birthdayIn, birthdayParts, type Day, plusDays, yearOf } from './dates';
import type { Occurrence } from './occurrences';
import { stageRank } from './vocabulary';

/** A birthday touch stays open until this many days after the birthday. */
export const BIRTHDAY_LAPSE_DAYS = 7;

/**
 * The birthdays that count: on or after day 0 (one before the user knew them is not a
 * missed card), from day 0's year to the year after now. Feb 29 falls on Feb 28 in common years.
 */
export function birthdaysFor(ctx: Ctx): Day[] {
  const parts = birthdayParts(ctx.contact.birthday);
  if (!parts) return [];
  const out: Day[] = [];
  for (let y = yearOf(ctx.day0); y <= yearOf(ctx.now) + 1; y++) {
    if (parts.year !== undefined && y <= parts.year) continue;
    const day = birthdayIn(y, parts.month, parts.day);
    if (day >= ctx.day0) out.push(day);
  }
  return out;
}

/** Part F: a card by post 5 days ahead for everyone; a call on the day from stage friend up. */
export function birthdayRules(ctx: Ctx): Occurrence[] {
  const out: Occurrence[] = [];
  const withCall = stageRank(ctx.contact.stage) >= stageRank('friend');
  const before = ctx.playbook.birthdayCardDaysBefore;
  for (const bday of birthdaysFor(ctx)) {
    const lapsesAt = plusDays(bday, BIRTHDAY_LAPSE_DAYS);
    out.push({
      rule: 'birthdays.card',
      kind: 'birthday_card',
      due: plusDays(bday, -before),
      lapsesAt,
      reason: `Birthday card by post, ${before} days ahead: ${ctx.firstName}'s birthday is on ${bday}`,
      templateKey: 'birthday_card',
    });
    if (withCall) {
      out.push({
        rule: 'birthdays.call',
        kind: 'birthday_call',
        due: bday,
        lapsesAt,
        reason: `Birthday call: ${ctx.firstName}'s birthday is on ${bday}`,
        templateKey: 'birthday_call',
      });
    }
  }
  return out;
}
