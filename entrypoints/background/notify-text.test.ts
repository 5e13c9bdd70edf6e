import { describe, expect, it } from 'vitest';
import { nextNotifyAt, summariseToday } from './notify-text';

const person = (name: string, kind: string) => ({
  id: name,
  name,
  role: 'customer' as const,
  stage: 'friend' as const,
  nextTouchKind: kind,
  nextTouchAt: '2026-03-08',
  risk: 0,
});

describe('daily notification', () => {
  it('fires at the next occurrence of the chosen time of day', () => {
    const morning = new Date(2026, 2, 8, 7, 0).getTime();
    expect(new Date(nextNotifyAt('08:30', morning))).toEqual(new Date(2026, 2, 8, 8, 30));
    const evening = new Date(2026, 2, 8, 21, 0).getTime();
    expect(new Date(nextNotifyAt('08:30', evening))).toEqual(new Date(2026, 2, 9, 8, 30));
  });

  it('says "999+" when the count stopped at its cap', () => {
    const text = summariseToday({
      today: '2026-03-08',
      overdue: [person('Maria Lopez', 'checkin_call')],
      dueToday: [],
      week: [],
      atRisk: [],
      totals: { overdue: 1_000, dueToday: 0, week: 0, atRisk: 0 },
    });
    expect(text).toEqual({ title: '999+ people need a touch today', message: 'Maria (check-in call) and many more' });
  });

  it('names the first few people and what is due, and counts the rest', () => {
    const text = summariseToday({
      today: '2026-03-08',
      overdue: [person('Maria Lopez', 'checkin_call')],
      dueToday: [
        person('Tom Okafor', 'reorder_reminder'),
        person('Ann Lee', 'birthday_card'),
        person('Sam Patel', 'keep_in_touch'),
      ],
      week: [],
      atRisk: [],
      totals: { overdue: 1, dueToday: 63, week: 0, atRisk: 0 }, // the lists are cut at 50; the totals are not
    });
    expect(text).toEqual({
      title: '64 people need a touch today',
      message: 'Maria (check-in call), Tom (reorder reminder), Ann (birthday card) and 61 more',
    });
  });

  it('says nothing on a day with nothing due', () => {
    expect(
      summariseToday({
        today: '2026-03-08',
        overdue: [],
        dueToday: [],
        week: [person('X', 'tips')],
        atRisk: [],
        totals: { overdue: 0, dueToday: 0, week: 1, atRisk: 0 },
      }),
    ).toBeNull();
  });
});
