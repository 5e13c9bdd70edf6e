import { describe, expect, it } from 'vitest';
import { open, run, touch } from './testing';

describe('keep-in-touch: max(day 90, last two-way touch + cadence)', () => {
  it('distributor with no touch: due on day 90 (2026-05-30)', () => {
    const k = open(run({}, [], '2026-05-25'), 'keep_in_touch');
    expect(k?.due).toBe('2026-05-30');
    expect(k?.reason).toBe('Keep in touch with Maria: no conversation logged yet; associates every 30 days');
  });

  it('a two-way touch on day 80 moves it to day 80 + 30 (2026-06-19)', () => {
    const r = run({}, [touch('message', '2026-05-20', 'in')], '2026-06-15');
    expect(open(r, 'keep_in_touch')?.due).toBe('2026-06-19');
    expect(open(r, 'keep_in_touch')?.reason).toBe(
      'Keep in touch with Maria: last conversation on 2026-05-20; associates every 30 days',
    );
  });

  it('a card, a tip or an outbound message does not reset the clock', () => {
    const events = [
      touch('greeting_card', '2026-05-20'),
      touch('tips', '2026-05-21'),
      touch('message', '2026-05-22', 'out'),
    ];
    expect(open(run({}, events, '2026-06-15'), 'keep_in_touch')?.due).toBe('2026-05-30');
  });

  it('prospect: simply T + cadence from day 0, by stage', () => {
    expect(open(run({ role: 'prospect' }, [], '2026-03-26'), 'keep_in_touch')?.due).toBe('2026-03-31');
    expect(open(run({ role: 'prospect', stage: 'friend' }, [], '2026-03-10'), 'keep_in_touch')?.due).toBe('2026-03-15');
    expect(open(run({ role: 'prospect', stage: 'family' }, [], '2026-03-03'), 'keep_in_touch')?.due).toBe('2026-03-08');
  });

  it('settings override: "friend: every 14 days" changed to 10 takes effect', () => {
    const r = run({ role: 'prospect', stage: 'friend' }, [], '2026-03-05', {
      settings: { cadenceDays: { friend: 10 } },
    });
    expect(open(r, 'keep_in_touch')?.due).toBe('2026-03-11');
    expect(open(r, 'keep_in_touch')?.reason).toMatch(/friends every 10 days$/);
  });

  it('a keep_in_touch touch resets the clock even going out; any two-way touch fulfils it', () => {
    expect(
      open(run({ role: 'prospect' }, [touch('keep_in_touch', '2026-03-31', 'out')], '2026-04-25'), 'keep_in_touch')
        ?.due,
    ).toBe('2026-04-30');
    expect(
      open(run({ role: 'prospect' }, [touch('email', '2026-04-01', 'both')], '2026-04-02'), 'keep_in_touch'),
    ).toBeUndefined();
  });

  it('stays open, overdue, until done (no lapsing), bumped to high after 2 days', () => {
    const k = open(run({ role: 'prospect' }, [], '2026-07-01'), 'keep_in_touch');
    expect(k?.due).toBe('2026-03-31');
    expect(k?.priority).toBe('high');
  });
});

describe('meet in person (plan G): from stage friend up, every 90 days', () => {
  it('friend with no meeting: 90 days after day 0; associates never', () => {
    expect(open(run({ stage: 'friend' }, [], '2026-05-25'), 'meet_in_person')?.due).toBe('2026-05-30');
    expect(open(run({ stage: 'associate' }, [], '2026-05-30'), 'meet_in_person')).toBeUndefined();
  });

  it('90 days after the last meeting; a meeting fulfils it', () => {
    const r = run({ stage: 'family', role: 'prospect' }, [touch('meeting', '2026-04-01')], '2026-06-25');
    expect(open(r, 'meet_in_person')?.due).toBe('2026-06-30');
    expect(open(r, 'meet_in_person')?.reason).toBe('Meet Maria in person: last meeting on 2026-04-01; every 90 days');
  });
});
