import { type Ctx, isTwoWay } from './context';

export interface Promotion {
  promotion: 'friend' | 'family' | null;
  reasons: string[];
}

/**
 * Moving up the ladder (seed 002): suggested, never applied; one step at a time from the
 * current stage. "Known" counts from day 0; a birthday counts as a personal detail.
 */
export function promotionOf(ctx: Ctx): Promotion {
  const known = ctx.age;
  const twoWay = ctx.touches.filter(isTwoWay).length;
  const hasBirthday = !!ctx.contact.birthday;
  const details = (ctx.contact.details ?? []).filter((d) => typeof d === 'string' && d.trim());
  const rules = ctx.playbook.promotion;

  if (ctx.contact.stage === 'associate') {
    const { minDays, minTwoWay } = rules.friend;
    if (known < minDays || twoWay < minTwoWay || (!hasBirthday && details.length === 0))
      return { promotion: null, reasons: [] };
    const personal = [...(hasBirthday ? ['birthday'] : []), ...details].join(', ');
    return {
      promotion: 'friend',
      reasons: [
        `Known for ${known} days (${minDays}+)`,
        `${twoWay} two-way touches (${minTwoWay}+)`,
        `Personal details on record: ${personal}`,
      ],
    };
  }
  if (ctx.contact.stage === 'friend') {
    const { minDays, minTwoWay } = rules.family;
    const met = ctx.touches.some((t) => t.kind === 'meeting' || t.kind === 'meet_in_person');
    if (known < minDays || !hasBirthday || (!met && twoWay < minTwoWay)) return { promotion: null, reasons: [] };
    return {
      promotion: 'family',
      reasons: [
        `Known for ${known} days (${minDays}+)`,
        'Birthday on record',
        met ? 'Met in person' : `${twoWay} two-way touches (${minTwoWay}+)`,
      ],
    };
  }
  return { promotion: null, reasons: [] };
}
