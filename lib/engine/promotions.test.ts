import { describe, expect, it } from 'vitest';
import { run, touch } from './testing';

const calls = (n: number, from = 2) =>
  Array.from({ length: n }, (_, i) => touch('call', `2026-03-${String(from + i).padStart(2, '0')}`));

describe('promotions: associate -> friend (30+ days, 4+ two-way touches, a personal detail)', () => {
  it('all three hold on day 30: suggests friend, with reasons', () => {
    const r = run({ role: 'prospect', details: ['two kids'] }, calls(4), '2026-03-31');
    expect(r.promotion).toBe('friend');
    expect(r.promotionReasons).toEqual([
      'Known for 30 days (30+)',
      '4 two-way touches (4+)',
      'Personal details on record: two kids',
    ]);
  });

  it('a birthday counts as the personal detail', () => {
    expect(run({ birthday: '--07-01' }, calls(4), '2026-03-31').promotion).toBe('friend');
  });

  it('day 29, three touches, or no personal detail: no promotion', () => {
    expect(run({ details: ['golf'] }, calls(4), '2026-03-30').promotion).toBeNull();
    expect(run({ details: ['golf'] }, calls(3), '2026-03-31').promotion).toBeNull();
    expect(run({ details: [] }, calls(4), '2026-03-31').promotion).toBeNull();
  });

  it('outbound messages are not two-way touches; inbound ones are', () => {
    const out = ['02', '03', '04', '05'].map((d) => touch('message', `2026-03-${d}`, 'out'));
    const inbound = ['02', '03', '04', '05'].map((d) => touch('message', `2026-03-${d}`, 'in'));
    expect(run({ details: ['golf'] }, out, '2026-03-31').promotion).toBeNull();
    expect(run({ details: ['golf'] }, inbound, '2026-03-31').promotion).toBe('friend');
  });

  it('the thresholds come from the settings', () => {
    const settings = { promotion: { friend: { minTwoWay: 2 } } };
    expect(run({ details: ['golf'] }, calls(2), '2026-03-31', { settings }).promotion).toBe('friend');
  });
});

describe('promotions: friend -> family (90+ days, a birthday, a meeting or 10+ two-way touches)', () => {
  it('with a meeting in person on day 90', () => {
    const r = run({ stage: 'friend', birthday: '--07-01' }, [touch('meeting', '2026-04-01')], '2026-05-30');
    expect(r.promotion).toBe('family');
    expect(r.promotionReasons).toEqual(['Known for 90 days (90+)', 'Birthday on record', 'Met in person']);
  });

  it('with 10 two-way touches and no meeting', () => {
    expect(run({ stage: 'friend', birthday: '--07-01' }, calls(10), '2026-05-30').promotion).toBe('family');
    expect(run({ stage: 'friend', birthday: '--07-01' }, calls(9), '2026-05-30').promotion).toBeNull();
  });

  it('no birthday on record, or day 89: none; one step at a time; never at or above the stage', () => {
    expect(run({ stage: 'friend', details: ['golf'] }, calls(12), '2026-05-30').promotion).toBeNull();
    expect(run({ stage: 'friend', birthday: '--07-01' }, calls(12), '2026-05-29').promotion).toBeNull();
    // an associate meeting every family condition is still only suggested friend
    expect(run({ stage: 'associate', birthday: '--07-01' }, calls(12), '2026-06-30').promotion).toBe('friend');
    expect(run({ stage: 'family', birthday: '--07-01' }, calls(12), '2026-06-30').promotion).toBeNull();
  });
});
