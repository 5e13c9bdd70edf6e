import { describe, expect, it } from 'vitest';
import { open, run } from './testing';
import type { SuggestionState } from './types';

const st = (state: SuggestionState['state'], kind: string, due: string, until?: string): SuggestionState => ({
  kind,
  due,
  state,
  until,
});

describe('snooze and skip (suggestion states)', () => {
  it('skip: the skipped day-7 call is not open, and the missed day-2 call does not come back', () => {
    const r = run({}, [], '2026-03-10', { states: [st('skipped', 'checkin_call', '2026-03-08')] });
    // the next call (day 14, 03-15) is within the week ahead
    expect(open(r, 'checkin_call')?.due).toBe('2026-03-15');
  });

  it('skip matches kind and due: skipping another kind or another day changes nothing', () => {
    expect(
      open(run({}, [], '2026-03-10', { states: [st('skipped', 'tips', '2026-03-08')] }), 'checkin_call')?.due,
    ).toBe('2026-03-08');
    expect(
      open(run({}, [], '2026-03-10', { states: [st('skipped', 'checkin_call', '2026-03-03')] }), 'checkin_call')?.due,
    ).toBe('2026-03-08');
  });

  it('done closes the occurrence like a skip', () => {
    expect(
      open(run({}, [], '2026-03-02', { states: [st('done', 'welcome_email', '2026-03-01')] }), 'welcome_email'),
    ).toBeUndefined();
  });

  it('snooze: hidden until `until`, then back with its original due date (and bumped)', () => {
    const states = [st('snoozed', 'checkin_call', '2026-03-08', '2026-03-12')];
    expect(open(run({}, [], '2026-03-10', { states }), 'checkin_call')).toBeUndefined();
    expect(open(run({}, [], '2026-03-11', { states }), 'checkin_call')).toBeUndefined();
    const back = open(run({}, [], '2026-03-12', { states }), 'checkin_call');
    expect(back?.due).toBe('2026-03-08');
    expect(back?.priority).toBe('high');
  });

  it('snooze: a newer occurrence falling due during the snooze shows', () => {
    const states = [st('snoozed', 'checkin_call', '2026-03-08', '2026-03-30')];
    expect(open(run({}, [], '2026-03-15', { states }), 'checkin_call')?.due).toBe('2026-03-15');
  });

  it('a snooze without `until` hides nothing', () => {
    expect(
      open(run({}, [], '2026-03-10', { states: [st('snoozed', 'checkin_call', '2026-03-08')] }), 'checkin_call')?.due,
    ).toBe('2026-03-08');
  });

  it('skipping keep-in-touch restarts its clock on the skipped due day', () => {
    const states = [st('skipped', 'keep_in_touch', '2026-03-31')];
    expect(open(run({ role: 'prospect' }, [], '2026-04-02', { states }), 'keep_in_touch')).toBeUndefined();
    const next = open(run({ role: 'prospect' }, [], '2026-04-25', { states }), 'keep_in_touch');
    expect(next?.due).toBe('2026-04-30');
    expect(next?.reason).toBe(
      'Keep in touch with Maria: the round of 2026-03-31 was skipped; associates every 30 days',
    );
  });
});
