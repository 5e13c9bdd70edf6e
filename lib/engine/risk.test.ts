import { describe, expect, it } from 'vitest';
import { run, touch, win } from './testing';

const prospect = { role: 'prospect' as const };

describe('risk: silence (no two-way touch for more than 2x the stage cadence)', () => {
  it('associate: 60 days is not yet silence, 61 days is', () => {
    const events = [touch('call', '2026-03-01')];
    expect(run(prospect, events, '2026-04-30').risk.signals).toEqual([]);
    const r = run(prospect, events, '2026-05-01');
    expect(r.risk.signals).toEqual(['silence']);
    expect(r.risk.score).toBe(30);
    expect(r.risk.reasons).toEqual([
      'No conversation with Maria since 2026-03-01 (more than twice the 30-day cadence)',
    ]);
    // dated, so the stored reason does not change (and is not rewritten) the next day
    expect(run(prospect, events, '2026-05-02').risk.reasons).toEqual(r.risk.reasons);
  });

  it('counts from day 0 without any touch, by the stage cadence (friend 14: 29 days)', () => {
    expect(run({ ...prospect, stage: 'friend' }, [], '2026-03-30').risk.signals).toEqual(['silence']);
    expect(run({ ...prospect, stage: 'friend' }, [], '2026-03-29').risk.signals).toEqual([]);
  });

  it('a keep_in_touch touch going out does not end silence (two-way touches only)', () => {
    expect(run(prospect, [touch('keep_in_touch', '2026-04-25')], '2026-05-01').risk.signals).toEqual(['silence']);
  });
});

describe('risk: unanswered (3+ outbound messages or emails since the last two-way touch)', () => {
  it('three outbound messages after the last reply add 20; a message without direction is outbound', () => {
    const events = [
      touch('message', '2026-03-02', 'in'),
      touch('message', '2026-03-03', 'out'),
      touch('email', '2026-03-04', 'out'),
      touch('message', '2026-03-05'),
    ];
    const r = run(prospect, events, '2026-03-06');
    expect(r.risk.signals).toEqual(['unanswered']);
    expect(r.risk.reasons).toEqual(['The last 3 messages to Maria got no reply']);
  });

  it('a reply in between resets the count; notes and cards do not count', () => {
    const events = [
      touch('message', '2026-03-03', 'out'),
      touch('message', '2026-03-04', 'out'),
      touch('message', '2026-03-04', 'in'),
      touch('message', '2026-03-05', 'out'),
      touch('note', '2026-03-05', 'out'),
      touch('greeting_card', '2026-03-05', 'out'),
    ];
    expect(run(prospect, events, '2026-03-06').risk.signals).toEqual([]);
  });
});

describe('risk: doubt, the score cap and the threshold', () => {
  it('the user flagged doubt: 40, below the threshold of 60', () => {
    const r = run({ ...prospect, doubt: true }, [], '2026-03-02');
    expect(r.risk).toEqual({ score: 40, reasons: ['Maria talked about quitting'], signals: ['doubt'], atRisk: false });
  });

  it('the score is the sum capped at 100, at risk from 60', () => {
    const msgs = ['2026-04-20', '2026-04-21', '2026-04-22'].map((d) => touch('message', d, 'out'));
    const r = run({ role: 'customer', doubt: true }, msgs, '2026-05-05');
    expect(r.risk.signals).toEqual(['doubt', 'oneAndDone', 'silence', 'unanswered']); // 40 + 35 + 30 + 20
    expect(r.risk.score).toBe(100);
    expect(r.risk.atRisk).toBe(true);
  });

  it('weights and threshold come from the settings; a weight of 0 switches a signal off', () => {
    const settings = { riskWeights: { doubt: 65, silence: 0 }, riskThreshold: 65 };
    const r = run({ ...prospect, doubt: true }, [], '2026-06-01', { settings });
    expect(r.risk.signals).toEqual(['doubt']);
    expect(r.risk.score).toBe(65);
    expect(r.risk.atRisk).toBe(true);
  });

  it('a distributor with a first win and a recent talk has no risk', () => {
    expect(run({}, [win('first_sale', '2026-03-05'), touch('call', '2026-04-01')], '2026-04-10').risk.score).toBe(0);
  });
});
