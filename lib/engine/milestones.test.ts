import { describe, expect, it } from 'vitest';
import { proposeMilestones } from './milestones';
import { DEFAULT_PLAYBOOK } from './playbook';
import { contact, order, teamCall, win } from './testing';
import type { EngineEvent } from './types';

const propose = (c: Parameters<typeof contact>[0], events: EngineEvent[], now: string) =>
  proposeMilestones({ contact: contact(c), events }, DEFAULT_PLAYBOOK, now).map((m) => `${m.key} ${m.reachedOn}`);

describe('habit milestones: proposed when seen, gone once logged', () => {
  it('3 orders in a row on time (day 0 counts as the first), first 30 days complete', () => {
    expect(propose({ role: 'customer' }, [order('2026-03-30'), order('2026-04-28')], '2026-05-01')).toEqual([
      'orders_on_time 2026-04-28',
      'first_30_days 2026-03-31',
    ]);
  });

  it('a late order (more than cycle + 7 days) breaks the run', () => {
    expect(propose({ role: 'customer' }, [order('2026-04-08'), order('2026-05-01')], '2026-05-02')).toEqual([
      'first_30_days 2026-03-31',
    ]);
  });

  it('4 team calls attended; a habit_milestone win logged after it removes the proposal', () => {
    const calls = ['03-03', '03-10', '03-17', '03-24'].map((d) => teamCall(`2026-${d}`, true));
    expect(propose({}, calls, '2026-03-25')).toEqual(['team_calls_attended 2026-03-24']);
    expect(propose({}, [...calls, win('habit_milestone', '2026-03-25')], '2026-03-25')).toEqual([]);
  });
});
