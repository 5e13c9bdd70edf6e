import { describe, expect, it } from 'vitest';
import { open, run, touch } from './testing';

describe('birthdays (plan F): card 5 days ahead, call on the day from stage friend up', () => {
  it('associate: a card only, due 5 days before', () => {
    const r = run({ birthday: '--03-15' }, [], '2026-03-08');
    const card = open(r, 'birthday_card');
    expect(card?.due).toBe('2026-03-10');
    expect(card?.priority).toBe('normal');
    expect(card?.reason).toBe("Birthday card by post, 5 days ahead: Maria's birthday is on 2026-03-15");
    expect(open(r, 'birthday_call')).toBeUndefined();
  });

  it('friend: the call on the birthday, high priority', () => {
    const call = open(run({ birthday: '1988-03-15', stage: 'friend' }, [], '2026-03-08'), 'birthday_call');
    expect(call?.due).toBe('2026-03-15');
    expect(call?.priority).toBe('high');
  });

  it('Feb 29 birthday falls on Feb 28 in a common year, on Feb 29 in a leap year', () => {
    const c = { birthday: '2000-02-29', stage: 'family' as const, role: 'prospect' as const, startedAt: '2026-01-10' };
    const r2026 = run(c, [], '2026-02-22');
    expect(open(r2026, 'birthday_card')?.due).toBe('2026-02-23');
    expect(open(r2026, 'birthday_call')?.due).toBe('2026-02-28');
    const r2028 = run(c, [], '2028-02-23');
    expect(open(r2028, 'birthday_card')?.due).toBe('2028-02-24');
    expect(open(r2028, 'birthday_call')?.due).toBe('2028-02-29');
  });

  it('a birthday before day 0 is ignored; next year counts', () => {
    const c = { birthday: '--03-15', startedAt: '2026-03-20', role: 'prospect' as const };
    expect(open(run(c, [], '2026-03-20'), 'birthday_card')).toBeUndefined();
    expect(open(run(c, [], '2027-03-05'), 'birthday_card')?.due).toBe('2027-03-10');
  });

  it('no-year birthday each year; lapses 7 days after the birthday', () => {
    const c = { birthday: '--03-15', stage: 'friend' as const };
    expect(open(run(c, [], '2026-03-21'), 'birthday_call')?.due).toBe('2026-03-15');
    expect(open(run(c, [], '2026-03-21'), 'birthday_card')?.due).toBe('2026-03-10');
    const lapsed = run(c, [], '2026-03-22');
    expect(open(lapsed, 'birthday_call')).toBeUndefined();
    expect(open(lapsed, 'birthday_card')).toBeUndefined();
    expect(open(run(c, [], '2027-03-05'), 'birthday_card')?.due).toBe('2027-03-10');
  });

  it('a plain call fulfils the birthday call only on the birthday itself', () => {
    const c = { birthday: '--03-15', stage: 'friend' as const };
    expect(open(run(c, [touch('call', '2026-03-15')], '2026-03-16'), 'birthday_call')).toBeUndefined();
    expect(open(run(c, [touch('call', '2026-03-14')], '2026-03-16'), 'birthday_call')?.due).toBe('2026-03-15');
    expect(open(run(c, [touch('meeting', '2026-03-15')], '2026-03-16'), 'birthday_call')).toBeUndefined();
    // a birthday_call touch follows the general rule: up to 2 days early
    expect(open(run(c, [touch('birthday_call', '2026-03-13')], '2026-03-16'), 'birthday_call')).toBeUndefined();
  });

  it('a card sent 2 days before its due date fulfils it', () => {
    expect(
      open(run({ birthday: '--03-15' }, [touch('birthday_card', '2026-03-08')], '2026-03-09'), 'birthday_card'),
    ).toBeUndefined();
  });
});
