import { type Ctx, dayN, isTwoWay } from './context';
import { type Day, maxDay, plusDays } from './dates';
import type { Occurrence } from './occurrences';
import { stageRank } from './vocabulary';

const STAGE_PLURAL = { associate: 'associates', friend: 'friends', family: 'family' } as const;

export function cadenceOf(ctx: Ctx): number {
  return ctx.playbook.cadenceDays[ctx.contact.stage] ?? ctx.playbook.cadenceDays.associate;
}

/**
 * A cadence rule has one occurrence at a time, so a skipped (or done) one restarts the clock
 * on its due day: the next falls a cadence later instead of never.
 */
function restartedBy(ctx: Ctx, kind: string, last: Day | null): Day | null {
  let out = last;
  for (const s of ctx.states) {
    if (s.kind === kind && s.state !== 'snoozed' && s.due <= ctx.now && (!out || s.due > out)) out = s.due;
  }
  return out;
}

/** The last two-way or keep_in_touch touch (null when none). */
export function lastKeepInTouchTouch(ctx: Ctx): Day | null {
  let last: Day | null = null;
  for (const t of ctx.touches) if (isTwoWay(t) || t.kind === 'keep_in_touch') last = t.day;
  return last;
}

/**
 * Keep-in-touch by the stage's cadence. Distributors and customers: not before the 90-day
 * plan ends, max(day 90, T + cadence). Prospects: T + cadence. T is day 0 when there is no touch.
 */
export function keepInTouch(ctx: Ctx): Occurrence[] {
  const cadence = cadenceOf(ctx);
  const touched = lastKeepInTouchTouch(ctx);
  const last = restartedBy(ctx, 'keep_in_touch', touched);
  const base = plusDays(last ?? ctx.day0, cadence);
  const due = ctx.contact.role === 'prospect' ? base : maxDay(dayN(ctx, ctx.playbook.planDays), base);
  const every = `${STAGE_PLURAL[ctx.contact.stage] ?? 'contacts'} every ${cadence} days`;
  return [
    {
      rule: 'keepInTouch',
      kind: 'keep_in_touch',
      due,
      reason:
        last !== touched
          ? `Keep in touch with ${ctx.firstName}: the round of ${last} was skipped; ${every}`
          : last
            ? `Keep in touch with ${ctx.firstName}: last conversation on ${last}; ${every}`
            : `Keep in touch with ${ctx.firstName}: no conversation logged yet; ${every}`,
      templateKey: `keep_in_touch.${ctx.contact.stage}`,
    },
  ];
}

/** The last meeting in person (a `meeting` or `meet_in_person` touch), or null. */
export function lastMeeting(ctx: Ctx): Day | null {
  let last: Day | null = null;
  for (const t of ctx.touches) if (t.kind === 'meeting' || t.kind === 'meet_in_person') last = t.day;
  return last;
}

/** Part G: from stage friend up, meet in person every 90 days after the last (or day 0). */
export function meetInPerson(ctx: Ctx): Occurrence[] {
  if (stageRank(ctx.contact.stage) < stageRank('friend')) return [];
  const every = ctx.playbook.meetEveryDays;
  const met = lastMeeting(ctx);
  const last = restartedBy(ctx, 'meet_in_person', met);
  return [
    {
      rule: 'meetInPerson',
      kind: 'meet_in_person',
      due: plusDays(last ?? ctx.day0, every),
      reason:
        last !== met
          ? `Meet ${ctx.firstName} in person: the meeting due ${last} was skipped; every ${every} days`
          : last
            ? `Meet ${ctx.firstName} in person: last meeting on ${last}; every ${every} days`
            : `Meet ${ctx.firstName} in person: no meeting logged yet; every ${every} days`,
      templateKey: 'meet_in_person',
    },
  ];
}
