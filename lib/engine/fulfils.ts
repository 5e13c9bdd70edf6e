import { isTwoWay } from './context';
import { type Day, plusDays } from './dates';
import type { TouchEvent } from './types';

/** How early a touch may come and still fulfil an occurrence. */
export const EARLY_DAYS = 2;

/**
 * Does a touch of this kind, on this day, count for a suggestion of `kind` due `due`?
 * Only the kind relation is decided here (the date rule is in occurrences.ts), except for
 * `birthday_call`, where a plain call or meeting counts on the birthday (its due day) only.
 */
export function kindFulfils(touch: TouchEvent & { day: Day }, kind: string, due: Day): boolean {
  if (touch.kind === kind) return true;
  const plainConversation = touch.kind === 'call' || touch.kind === 'meeting';
  switch (kind) {
    case 'checkin_call':
      return plainConversation;
    case 'keep_in_touch':
      return plainConversation || isTwoWay(touch);
    case 'birthday_call':
      return plainConversation && touch.day === due;
    case 'meet_in_person':
      return touch.kind === 'meeting';
    default:
      return false;
  }
}

/** The first day a touch counts for an occurrence: 2 days early, or the start of its window. */
export function earliestFulfilment(due: Day, windowStart?: Day): Day {
  const early = plusDays(due, -EARLY_DAYS);
  return windowStart && windowStart < early ? windowStart : early;
}
