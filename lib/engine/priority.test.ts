import { describe, expect, it } from 'vitest';
import { basePriority, compareSuggestions, priorityOf } from './priority';
import { run } from './testing';

describe('priority', () => {
  it('high, low and normal kinds', () => {
    for (const k of [
      'expectation_talk',
      'first_win_help',
      'one_and_done_checkin',
      'replan_talk',
      'congratulate',
      'birthday_call',
    ]) {
      expect(basePriority(k)).toBe('high');
    }
    expect(basePriority('tips')).toBe('low');
    expect(basePriority('team_call_invite')).toBe('low');
    expect(basePriority('checkin_call')).toBe('normal');
    expect(basePriority('keep_in_touch')).toBe('normal');
  });

  it('overdue bump: one level higher only when more than 2 days overdue', () => {
    expect(priorityOf('tips', '2026-03-08', '2026-03-10')).toBe('low');
    expect(priorityOf('tips', '2026-03-08', '2026-03-11')).toBe('normal');
    expect(priorityOf('checkin_call', '2026-03-08', '2026-03-11')).toBe('high');
    expect(priorityOf('congratulate', '2026-03-08', '2026-04-11')).toBe('high');
    expect(priorityOf('tips', '2026-03-15', '2026-03-10')).toBe('low');
  });

  it('tie order: same due day goes by priority, then by the vocabulary order', () => {
    const s = (kind: string, due: string, priority: 'low' | 'normal' | 'high') => ({ kind, due, priority });
    const sorted = [
      s('tips', '2026-03-08', 'low'),
      s('checkin_call', '2026-03-08', 'normal'),
      s('expectation_talk', '2026-03-08', 'high'),
      s('welcome_email', '2026-03-08', 'normal'),
      s('keep_in_touch', '2026-03-01', 'normal'),
    ].sort(compareSuggestions);
    expect(sorted.map((x) => x.kind)).toEqual([
      'keep_in_touch',
      'expectation_talk',
      'welcome_email',
      'checkin_call',
      'tips',
    ]);
  });

  it('nextTouch is the most urgent open suggestion: the first after sorting', () => {
    const r = run({}, [], '2026-03-08');
    // welcome 03-01 (high, overdue 7), day-7 call 03-08, card 03-04 (high), expectation talk 03-08 (high), tip 03-08 (low)
    expect(r.suggestions.map((x) => `${x.kind} ${x.due} ${x.priority}`)).toEqual([
      'welcome_email 2026-03-01 high',
      'greeting_card 2026-03-04 high',
      'expectation_talk 2026-03-08 high',
      'checkin_call 2026-03-08 normal',
      'tips 2026-03-08 low',
    ]);
    expect(r.nextTouch).toEqual(r.suggestions[0]);
    expect(run({ role: 'prospect' }, [], '2026-03-02').nextTouch).toBeNull();
  });
});
