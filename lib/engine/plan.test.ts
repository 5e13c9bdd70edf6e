import { describe, expect, it } from 'vitest';
import { open, run, touch } from './testing';

const kindsAndDues = (r: ReturnType<typeof run>) => r.suggestions.map((s) => `${s.kind} ${s.due} ${s.priority}`);

describe('which rules apply to whom (plan A-D by role)', () => {
  it('distributor on day 0: welcome email, day-2 call, card by day 3, expectation talk and tip on day 7', () => {
    const r = run({}, [], '2026-03-01');
    expect(kindsAndDues(r)).toEqual([
      'welcome_email 2026-03-01 normal',
      'checkin_call 2026-03-03 normal',
      'greeting_card 2026-03-04 normal',
      'expectation_talk 2026-03-08 high',
      'tips 2026-03-08 low',
    ]);
    expect(r.nextTouch?.kind).toBe('welcome_email');
    expect(open(r, 'welcome_email')?.reason).toBe('Welcome email: Maria joined today');
  });

  it('customer on day 0: thank-you email, thank-you card and day-3 call (tie: vocabulary order), tip', () => {
    const r = run({ role: 'customer' }, [], '2026-03-01');
    expect(kindsAndDues(r)).toEqual([
      'thank_you_email 2026-03-01 normal',
      'thank_you_card 2026-03-04 normal',
      'checkin_call 2026-03-04 normal',
      'tips 2026-03-08 low',
    ]);
    expect(open(r, 'checkin_call')?.reason).toBe('Day 3 check-in call: Maria placed a first order today');
  });

  it('prospect: no plan at all, only keep-in-touch counted from day 0', () => {
    expect(run({ role: 'prospect' }, [], '2026-03-01').suggestions).toEqual([]);
    const r = run({ role: 'prospect' }, [], '2026-03-26');
    expect(kindsAndDues(r)).toEqual(['keep_in_touch 2026-03-31 normal']);
  });
});

describe('plan B: check-in calls and occurrences', () => {
  it('a missed day-2 call and the day-7 call: the latest stands for both (at most one open of a kind)', () => {
    const r = run({}, [], '2026-03-10');
    const calls = r.suggestions.filter((s) => s.kind === 'checkin_call');
    expect(calls).toHaveLength(1);
    expect(calls[0]?.due).toBe('2026-03-08');
    expect(calls[0]?.reason).toBe('Day 7 check-in call: Maria joined 9 days ago');
  });

  it('fulfilment: a call 2 days early fulfils the day-7 call (and the missed day-2 one)', () => {
    const r = run({}, [touch('call', '2026-03-06')], '2026-03-09');
    expect(open(r, 'checkin_call')?.due).toBe('2026-03-15');
  });

  it('fulfilment: a call 3 days early does not fulfil the day-7 call', () => {
    const r = run({}, [touch('call', '2026-03-05')], '2026-03-09');
    expect(open(r, 'checkin_call')?.due).toBe('2026-03-08');
  });

  it('fulfilment: a meeting or a checkin_call touch fulfils; a two-way message does not', () => {
    expect(open(run({}, [touch('meeting', '2026-03-08')], '2026-03-09'), 'checkin_call')?.due).toBe('2026-03-15');
    expect(open(run({}, [touch('checkin_call', '2026-03-08')], '2026-03-09'), 'checkin_call')?.due).toBe('2026-03-15');
    expect(open(run({}, [touch('message', '2026-03-08', 'both')], '2026-03-09'), 'checkin_call')?.due).toBe(
      '2026-03-08',
    );
  });

  it('fulfilment: a touch long after the due date still fulfils it', () => {
    const r = run({}, [touch('welcome_email', '2026-03-05')], '2026-03-06');
    expect(open(r, 'welcome_email')).toBeUndefined();
  });
});

describe('plan A: the card window (day 0 to day 3)', () => {
  it('a card on day 0 fulfils the card due day 3 (earlier than the 2-day early window)', () => {
    const r = run({}, [touch('greeting_card', '2026-03-01')], '2026-03-02');
    expect(open(r, 'greeting_card')).toBeUndefined();
  });

  it('a card logged before day 0 does not count', () => {
    const r = run({}, [touch('greeting_card', '2026-02-27')], '2026-03-02');
    expect(open(r, 'greeting_card')?.due).toBe('2026-03-04');
  });

  it('the email on day 0 has no window: an email the day before still counts (2 days early)', () => {
    const r = run({ role: 'customer' }, [touch('thank_you_email', '2026-02-28')], '2026-03-01');
    expect(open(r, 'thank_you_email')).toBeUndefined();
  });
});

describe('plan C: tips', () => {
  it('the latest missed tip stands for the older ones, on days 7, 14, ... 84', () => {
    expect(open(run({}, [], '2026-03-20'), 'tips')?.due).toBe('2026-03-15');
    expect(open(run({}, [], '2026-05-25'), 'tips')?.due).toBe('2026-05-24');
  });

  it('a card or a tip is not a two-way touch and does not fulfil the check-in', () => {
    const r = run({}, [touch('tips', '2026-03-08')], '2026-03-09');
    expect(open(r, 'tips')?.due).toBe('2026-03-15'); // day 7 done; day 14 is the next, within a week
    expect(open(r, 'checkin_call')?.due).toBe('2026-03-08');
  });
});

describe('lapsing: plan items A-D are open only while now < day 90 + 7', () => {
  it('day 96: the day-30 call and the day-84 tip are still open', () => {
    const r = run({}, [], '2026-06-05');
    expect(open(r, 'checkin_call')?.due).toBe('2026-03-31');
    expect(open(r, 'tips')?.due).toBe('2026-05-24');
    expect(open(r, 'welcome_email')?.due).toBe('2026-03-01');
  });

  it('day 97: every plan item has lapsed; keep-in-touch (day 90) stays', () => {
    const r = run({ role: 'customer' }, [], '2026-06-06');
    for (const kind of ['thank_you_email', 'thank_you_card', 'checkin_call', 'tips'])
      expect(open(r, kind)).toBeUndefined();
    expect(open(r, 'keep_in_touch')?.due).toBe('2026-05-30');
  });
});

describe('events after now are ignored', () => {
  it('a call dated tomorrow fulfils nothing yet, and a win dated tomorrow is not congratulated', () => {
    const r = run(
      {},
      [touch('call', '2026-03-09'), { type: 'win', kind: 'first_sale', at: '2026-03-09' }],
      '2026-03-08',
    );
    expect(open(r, 'checkin_call')?.due).toBe('2026-03-08');
    expect(open(r, 'congratulate')).toBeUndefined();
  });

  it('a date-time later on the same day counts (same calendar day)', () => {
    const r = run({}, [touch('call', '2026-03-08T18:00')], '2026-03-08T09:00');
    expect(open(r, 'checkin_call')?.due).toBe('2026-03-15');
  });
});
