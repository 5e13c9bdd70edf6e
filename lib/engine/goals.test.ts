import { describe, expect, it } from 'vitest';
import { open, order, run, teamCall, touch, win } from './testing';

const goal = { text: 'Pay the car', amountPerMonth: 400, by: '2026-06-01', setAt: '2026-03-03' };

describe('expectation talk: due day 7 while no goal is recorded (distributors)', () => {
  it('due 2026-03-08, high priority, shown from day 0', () => {
    const t = open(run({}, [], '2026-03-02'), 'expectation_talk');
    expect(t?.due).toBe('2026-03-08');
    expect(t?.priority).toBe('high');
    expect(t?.reason).toBe('Expectation talk by day 7: no goal recorded for Maria yet (what, why, by when)');
  });

  it('none with a goal, none for customers; an expectation_talk touch fulfils it', () => {
    expect(open(run({ goal: { text: 'Pay the car' } }, [], '2026-03-02'), 'expectation_talk')).toBeUndefined();
    expect(open(run({ goal: {} }, [], '2026-03-02'), 'expectation_talk')?.due).toBe('2026-03-08');
    expect(open(run({ role: 'customer' }, [], '2026-03-02'), 'expectation_talk')).toBeUndefined();
    expect(open(run({}, [touch('expectation_talk', '2026-03-06')], '2026-03-09'), 'expectation_talk')).toBeUndefined();
  });
});

describe('goal checks: at the midpoint (rounded down) and at the goal date', () => {
  it('setAt 03-03 to 06-01 is 90 days: midpoint 04-17', () => {
    const c = open(run({ goal }, [], '2026-04-12'), 'goal_check');
    expect(c?.due).toBe('2026-04-17');
    expect(c?.reason).toBe('Halfway goal check: Maria\'s goal "Pay the car" is due 2026-06-01');
    expect(c?.templateKey).toBe('goal_check.midpoint');
  });

  it('without setAt the span starts at day 0: 03-01 to 03-31 has its midpoint on 03-16', () => {
    expect(open(run({ goal: { by: '2026-03-31' } }, [], '2026-03-10'), 'goal_check')?.due).toBe('2026-03-16');
  });

  it('on the goal date both are due: the end check stands for the missed midpoint', () => {
    const c = open(run({ goal }, [], '2026-06-01'), 'goal_check');
    expect(c?.due).toBe('2026-06-01');
    expect(c?.templateKey).toBe('goal_check.end');
  });

  it('none at all once a goal_reached win is logged', () => {
    expect(open(run({ goal }, [win('goal_reached', '2026-04-01')], '2026-04-12'), 'goal_check')).toBeUndefined();
  });
});

describe('action review: an open goal and 14 days without activity', () => {
  it('14 days after the later of setAt and the last activity; not shown before (conditional)', () => {
    const events = [touch('call', '2026-03-05')];
    expect(open(run({ goal }, events, '2026-03-18'), 'action_review')).toBeUndefined();
    const a = open(run({ goal }, events, '2026-03-19'), 'action_review');
    expect(a?.due).toBe('2026-03-19');
    expect(a?.priority).toBe('normal');
  });

  it('an order, an attended team call or a win is activity; an outbound message or a missed call is not', () => {
    expect(open(run({ goal }, [order('2026-03-10')], '2026-03-24'), 'action_review')?.due).toBe('2026-03-24');
    expect(open(run({ goal }, [teamCall('2026-03-10', true)], '2026-03-23'), 'action_review')).toBeUndefined();
    expect(open(run({ goal }, [win('personal', '2026-03-10')], '2026-03-24'), 'action_review')?.due).toBe('2026-03-24');
    const idle = [touch('message', '2026-03-10', 'out'), teamCall('2026-03-11', false)];
    expect(open(run({ goal }, idle, '2026-03-17'), 'action_review')?.due).toBe('2026-03-17');
  });

  it('none without a goal, once the goal is reached, or for customers', () => {
    expect(open(run({}, [], '2026-04-30'), 'action_review')).toBeUndefined();
    expect(open(run({ goal }, [win('goal_reached', '2026-03-04')], '2026-04-30'), 'action_review')).toBeUndefined();
    expect(open(run({ goal, role: 'customer' }, [], '2026-04-30'), 'action_review')).toBeUndefined();
  });
});

describe('Dreamer mismatch: re-planning talk and risk (distributors)', () => {
  it('career x casual: replan talk due day 0, high, and 35 risk points', () => {
    const r = run({ ambition: 'career', commitment: 'casual' }, [], '2026-03-02');
    expect(r.segment).toBe('Dreamer');
    expect(open(r, 'replan_talk')?.due).toBe('2026-03-01');
    expect(open(r, 'replan_talk')?.priority).toBe('high');
    expect(r.risk.score).toBe(35);
    expect(r.risk.signals).toEqual(['dreamer']);
  });

  it('with a goal the talk is due at its setAt; hours a week under 3 make a Dreamer too', () => {
    const r = run({ ambition: 'career', hoursPerWeek: 2, goal }, [], '2026-03-05');
    expect(open(r, 'replan_talk')?.due).toBe('2026-03-03');
  });

  it('a replan_talk touch fulfils it', () => {
    expect(
      open(
        run({ ambition: 'career', commitment: 'casual' }, [touch('replan_talk', '2026-03-02')], '2026-03-05'),
        'replan_talk',
      ),
    ).toBeUndefined();
  });

  it('a Dreamer customer gets the segment but neither the talk nor the risk', () => {
    const r = run({ role: 'customer', ambition: 'career', commitment: 'casual' }, [], '2026-03-02');
    expect(r.segment).toBe('Dreamer');
    expect(open(r, 'replan_talk')).toBeUndefined();
    expect(r.risk.score).toBe(0);
  });
});

describe('risk: goal deadline within 14 days or passed, goal not reached', () => {
  const talk = [touch('call', '2026-05-10'), win('first_sale', '2026-03-10')];
  it('15 days before: no; 14 days before: 25; passed: 25 with its reason', () => {
    expect(run({ goal }, talk, '2026-05-17').risk.signals).toEqual([]);
    expect(run({ goal }, talk, '2026-05-18').risk.reasons).toEqual([
      'Goal date 2026-06-01 is within 14 days and the goal is not reached',
    ]);
    const passed = run({ goal }, talk, '2026-06-04');
    expect(passed.risk.score).toBe(25);
    expect(passed.risk.reasons).toEqual(['Goal date 2026-06-01 passed without the goal reached']);
  });

  it('a goal_reached win clears it', () => {
    expect(run({ goal }, [...talk, win('goal_reached', '2026-05-30')], '2026-06-04').risk.signals).toEqual([]);
  });
});
