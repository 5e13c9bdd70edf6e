import { describe, expect, it } from 'vitest';
import { open, run, touch, win } from './testing';

describe('wins (plan E): congratulate the day after every logged win', () => {
  it('a first sale on 2026-03-05 is congratulated on 03-06, high priority, for any role', () => {
    for (const role of ['distributor', 'customer', 'prospect'] as const) {
      const c = open(run({ role }, [win('first_sale', '2026-03-05')], '2026-03-05'), 'congratulate');
      expect(c?.due).toBe('2026-03-06');
      expect(c?.priority).toBe('high');
      expect(c?.reason).toBe('Congratulate Maria on the first sale (2026-03-05)');
      expect(c?.templateKey).toBe('congratulate.first_sale');
    }
  });

  it('a congratulate touch on the day of the win fulfils it (within 2 days before)', () => {
    const r = run({}, [win('rank_advance', '2026-03-05'), touch('congratulate', '2026-03-05')], '2026-03-07');
    expect(open(r, 'congratulate')).toBeUndefined();
  });

  it('two wins not congratulated: the latest stands for both', () => {
    const r = run({}, [win('first_sale', '2026-03-05'), win('personal', '2026-03-09')], '2026-03-12');
    const c = r.suggestions.filter((s) => s.kind === 'congratulate');
    expect(c.map((s) => s.due)).toEqual(['2026-03-10']);
    expect(c[0]?.reason).toBe('Congratulate Maria on the personal news (2026-03-09)');
  });
});

describe('first-win help (distributor, from day 14 without a first sale or sponsorship)', () => {
  it('appears on day 14, not before (a conditional suggestion is never shown ahead)', () => {
    expect(open(run({}, [], '2026-03-14'), 'first_win_help')).toBeUndefined();
    const help = open(run({}, [], '2026-03-15'), 'first_win_help');
    expect(help?.due).toBe('2026-03-15');
    expect(help?.priority).toBe('high');
    expect(help?.reason).toBe('Help Maria to a first sale or sponsorship: none logged by day 14');
  });

  it('a first sponsorship ends it; a rank advance is not a first win', () => {
    expect(open(run({}, [win('first_sponsor', '2026-03-10')], '2026-03-20'), 'first_win_help')).toBeUndefined();
    expect(open(run({}, [win('rank_advance', '2026-03-10')], '2026-03-20'), 'first_win_help')?.due).toBe('2026-03-15');
  });

  it('a first_win_help touch fulfils it; customers and prospects never get it', () => {
    expect(open(run({}, [touch('first_win_help', '2026-03-16')], '2026-03-20'), 'first_win_help')).toBeUndefined();
    expect(open(run({ role: 'customer' }, [], '2026-03-20'), 'first_win_help')).toBeUndefined();
    expect(open(run({ role: 'prospect' }, [], '2026-03-20'), 'first_win_help')).toBeUndefined();
  });
});

describe('risk: no first win by day 30', () => {
  it('adds 30 from day 30 (2026-03-31), not on day 29', () => {
    const talk = [touch('call', '2026-03-28')]; // keeps silence out of the way
    expect(run({}, talk, '2026-03-30').risk.signals).not.toContain('noFirstWin');
    const r = run({}, talk, '2026-03-31');
    expect(r.risk.signals).toEqual(['noFirstWin']);
    expect(r.risk.score).toBe(30);
    expect(r.risk.reasons).toEqual(['No first sale or sponsorship by day 30']);
  });

  it('a first sale logged after now does not count yet', () => {
    expect(run({}, [win('first_sale', '2026-04-02')], '2026-04-01').risk.signals).toContain('noFirstWin');
  });
});
