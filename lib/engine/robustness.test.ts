import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate';
import { DEFAULT_PLAYBOOK } from './playbook';
import { planTimeline } from './timeline';
import type { EngineContact, EngineEvent } from './types';

describe('robustness: never throws on missing optional fields', () => {
  it('each role and stage with only the required fields', () => {
    for (const role of ['customer', 'distributor', 'prospect'] as const) {
      for (const stage of ['associate', 'friend', 'family'] as const) {
        const contact: EngineContact = { role, stage, startedAt: '2026-03-01' };
        const r = evaluate({ contact, events: [] }, DEFAULT_PLAYBOOK, '2026-09-01');
        expect(r.segment).toBeNull();
        expect(r.promotion).toBeNull();
        expect(Array.isArray(r.suggestions)).toBe(true);
        // without a name the reasons still read as sentences
        for (const s of r.suggestions) expect(s.reason).not.toMatch(/undefined|null|NaN/);
      }
    }
  });

  it('garbage in optional fields and events from outside the parser is ignored, not thrown', () => {
    const contact = {
      name: '  ',
      role: 'distributor',
      stage: 'friend',
      startedAt: '2026-03-01',
      birthday: 'sometime',
      goal: { by: 'soon', setAt: '2026-02-30' },
      details: [null],
      reorderCycleDays: -4,
    } as unknown as EngineContact;
    const events = [
      { type: 'touch', kind: 'call', at: 'yesterday' },
      null,
      { type: 'order' },
    ] as unknown as EngineEvent[];
    expect(() => evaluate({ contact, events, states: [null as never] }, DEFAULT_PLAYBOOK, '2026-04-01')).not.toThrow();
    expect(() => planTimeline({ contact, events }, DEFAULT_PLAYBOOK, '2026-03-01', 10)).not.toThrow();
  });

  it('now before day 0 gives upcoming items only, no throw', () => {
    const r = evaluate(
      { contact: { name: 'Ann', role: 'distributor', stage: 'associate', startedAt: '2026-03-05' }, events: [] },
      DEFAULT_PLAYBOOK,
      '2026-03-01',
    );
    expect(r.suggestions.map((s) => `${s.kind} ${s.due}`)).toEqual([
      'welcome_email 2026-03-05',
      'checkin_call 2026-03-07',
      'greeting_card 2026-03-08',
    ]);
    expect(r.suggestions[0]?.reason).toBe('Welcome email: Ann joined in 4 days');
  });
});

describe('planTimeline: the plan day by day', () => {
  const contact: EngineContact = { name: 'Maria', role: 'distributor', stage: 'associate', startedAt: '2026-03-01' };
  const timeline = planTimeline({ contact, events: [] }, DEFAULT_PLAYBOOK, '2026-03-01', 91);
  const dues = (kind: string) => timeline.flatMap((d) => d.due.filter((s) => s.kind === kind).map(() => d.day));

  it('covers each day once, numbered from day 0', () => {
    expect(timeline).toHaveLength(91);
    expect(timeline[0]?.day).toBe(0);
    expect(timeline[90]?.date).toBe('2026-05-30');
  });

  it('check-ins on days 2, 7, 14, 21, 30; tips on days 7 ... 84; keep-in-touch on day 90', () => {
    expect(dues('checkin_call')).toEqual([2, 7, 14, 21, 30]);
    expect(dues('tips')).toEqual([7, 14, 21, 28, 35, 42, 49, 56, 63, 70, 77, 84]);
    expect(dues('keep_in_touch')).toEqual([90]);
    expect(dues('welcome_email')).toEqual([0]);
    expect(dues('greeting_card')).toEqual([3]);
  });

  it('conditional suggestions fall due the day their condition begins (first-win help day 14)', () => {
    expect(dues('first_win_help')).toEqual([14]);
    expect(timeline[30]?.risk.signals).toContain('noFirstWin');
    expect(timeline[29]?.risk.signals).not.toContain('noFirstWin');
  });

  it('logged events count: a call on day 6 takes the day-7 check-in out of the plan', () => {
    const events: EngineEvent[] = [{ type: 'touch', kind: 'call', at: '2026-03-07' }];
    const t = planTimeline({ contact, events }, DEFAULT_PLAYBOOK, '2026-03-01', 31);
    expect(t.flatMap((d) => d.due.filter((s) => s.kind === 'checkin_call').map(() => d.day))).toEqual([2, 14, 21, 30]);
  });
});
