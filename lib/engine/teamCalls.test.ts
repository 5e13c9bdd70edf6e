import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAYBOOK, resolvePlaybook } from './playbook';
import { contact, open, run, teamCall, touch } from './testing';
import { planTimeline } from './timeline';

const tuesday = { teamCallWeekday: 'tuesday' };

describe('team calls (plan D): invitations the day before each of the first 13 calls', () => {
  it('day 0 a Sunday, calls on Tuesdays: the first invitation is due Monday day 1', () => {
    const r = run({}, [], '2026-03-01', { settings: tuesday });
    const invite = open(r, 'team_call_invite');
    expect(invite?.due).toBe('2026-03-02');
    expect(invite?.reason).toBe('Invite Maria to the team call on Tuesday 2026-03-03 (call 1 of 13)');
    expect(invite?.priority).toBe('low');
  });

  it('13 invitations over days 0 to 90; a call on day 91 is the 13th when day 0 is the weekday itself', () => {
    const pb = resolvePlaybook(tuesday);
    const sunday = planTimeline({ contact: contact(), events: [] }, pb, '2026-03-01', 100).flatMap((d) =>
      d.due.filter((s) => s.kind === 'team_call_invite').map((s) => s.due),
    );
    expect(sunday).toHaveLength(13);
    expect(sunday[0]).toBe('2026-03-02');
    expect(sunday[12]).toBe('2026-05-25');
    const fromTuesday = planTimeline(
      { contact: contact({ startedAt: '2026-03-03' }), events: [] },
      pb,
      '2026-03-03',
      100,
    ).flatMap((d) => d.due.filter((s) => s.kind === 'team_call_invite').map((s) => s.due));
    expect(fromTuesday).toHaveLength(13);
    expect(fromTuesday[0]).toBe('2026-03-09'); // call on day 7
    expect(fromTuesday[12]).toBe('2026-06-01'); // call on day 91, 2026-06-02
  });

  it('teamCallWeekday unset means no invitations; prospects get none', () => {
    expect(open(run({}, [], '2026-03-01'), 'team_call_invite')).toBeUndefined();
    expect(
      open(run({ role: 'prospect' }, [], '2026-03-01', { settings: tuesday }), 'team_call_invite'),
    ).toBeUndefined();
  });

  it('an invitation touch fulfils it; the next falls due a week later', () => {
    const r = run({}, [touch('team_call_invite', '2026-03-02')], '2026-03-03', { settings: tuesday });
    expect(open(r, 'team_call_invite')?.due).toBe('2026-03-09');
  });

  it('lapses with the plan at day 97', () => {
    expect(open(run({}, [], '2026-06-06', { settings: tuesday }), 'team_call_invite')).toBeUndefined();
  });
});

describe('risk: 3 team calls missed in a row', () => {
  const calls = (attended: (boolean | undefined)[]) =>
    attended.map((a, i) => teamCall(`2026-03-${String(3 + 7 * i).padStart(2, '0')}`, a));

  it('three missed calls in a row (no `attended` counts as missed) add 20', () => {
    const r = run({ ambition: 'product', commitment: 'steady' }, calls([true, false, undefined, false]), '2026-03-25');
    expect(r.risk.signals).toContain('missedTeamCalls');
    expect(r.risk.reasons).toContain('Missed the last 3 team calls in a row');
  });

  it('two missed, or an attended call last, is no signal; customers never get it', () => {
    expect(run({}, calls([false, false, true]), '2026-03-25').risk.signals).not.toContain('missedTeamCalls');
    expect(run({}, calls([false, false]), '2026-03-25').risk.signals).not.toContain('missedTeamCalls');
    expect(run({ role: 'customer' }, calls([false, false, false]), '2026-03-25').risk.signals).not.toContain(
      'missedTeamCalls',
    );
  });

  it('uses the weight from the settings', () => {
    const r = run({}, calls([false, false, false]), '2026-03-20', {
      settings: { riskWeights: { missedTeamCalls: 45 } },
    });
    expect(r.risk.score).toBe(45);
    expect(DEFAULT_PLAYBOOK.riskWeights.missedTeamCalls).toBe(20);
  });
});
