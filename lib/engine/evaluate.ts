import type { SegmentName } from '../segments';
import { birthdayRules } from './birthdays';
import { buildCtx, type Ctx } from './context';
import { actionReview, expectationTalk, goalChecks, replanTalk } from './goals';
import { keepInTouch, meetInPerson } from './keepInTouch';
import { type Occurrence, openSuggestions } from './occurrences';
import { orderRules } from './orders';
import { planRules } from './plan';
import type { PlaybookSettings } from './playbook';
import { compareSuggestions, type Priority, priorityOf } from './priority';
import { promotionOf } from './promotions';
import { type Risk, riskOf } from './risk';
import { teamCallInvites } from './teamCalls';
import type { EngineInput } from './types';
import { congratulations, firstWinHelp } from './wins';

export interface Suggestion {
  /** Which rule produced it ('plan.checkin', 'wins.congratulate', ...). */
  rule: string;
  kind: string;
  /** 'yyyy-MM-dd' */
  due: string;
  priority: Priority;
  /** A sentence a person understands, with the contact's first name. */
  reason: string;
  /** The template to draft from: the kind, sometimes refined ('congratulate.first_sale'). */
  templateKey: string;
}

export interface EngineResult {
  segment: SegmentName | null;
  promotion: 'friend' | 'family' | null;
  promotionReasons: string[];
  risk: Risk;
  /** Open suggestions due on or before now + 7, soonest first (ties: priority, vocabulary). */
  suggestions: Suggestion[];
  /** The most urgent open suggestion: the first of `suggestions`. */
  nextTouch: Suggestion | null;
}

/**
 * Every rule family, in one list. Which role gets which rule is decided inside each rule,
 * per the playbook's table (a prospect gets no plan, goals or orders).
 */
const RULES: ((ctx: Ctx) => Occurrence[])[] = [
  planRules,
  teamCallInvites,
  congratulations,
  birthdayRules,
  meetInPerson,
  keepInTouch,
  expectationTalk,
  goalChecks,
  actionReview,
  firstWinHelp,
  orderRules,
  replanTalk,
];

export function allOccurrences(ctx: Ctx): Occurrence[] {
  return RULES.flatMap((rule) => rule(ctx));
}

export function toSuggestion(occ: Occurrence, now: string): Suggestion {
  return {
    rule: occ.rule,
    kind: occ.kind,
    due: occ.due,
    priority: priorityOf(occ.kind, occ.due, now),
    reason: occ.reason,
    templateKey: occ.templateKey,
  };
}

/**
 * The engine: a pure function of the contact, its events, what the user did with earlier
 * suggestions, the playbook and `now`. Events dated after `now` are ignored.
 */
export function evaluate(input: EngineInput, playbook: PlaybookSettings, now: string): EngineResult {
  const ctx = buildCtx(input, playbook, now);
  const suggestions = openSuggestions(allOccurrences(ctx), ctx)
    .map((occ) => toSuggestion(occ, ctx.now))
    .sort(compareSuggestions);
  const { promotion, reasons } = promotionOf(ctx);
  return {
    segment: ctx.segment,
    promotion,
    promotionReasons: reasons,
    risk: riskOf(ctx),
    suggestions,
    nextTouch: suggestions[0] ?? null,
  };
}
