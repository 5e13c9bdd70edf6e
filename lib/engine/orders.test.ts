import { describe, expect, it } from 'vitest';
import { open, order, run, touch } from './testing';

const customer = { role: 'customer' as const };
const talk = (at: string) => touch('call', at); // keeps silence out of the way

describe('orders: reorder reminder 5 days before the expected reorder', () => {
  it('first order day 0 (logged or not), cycle 30: expected 03-31, reminder 03-26', () => {
    const r = open(run(customer, [], '2026-03-20'), 'reorder_reminder');
    expect(r?.due).toBe('2026-03-26');
    expect(r?.reason).toBe("Reorder reminder: Maria's next order is expected on 2026-03-31 (every 30 days)");
    expect(open(run(customer, [order('2026-03-01')], '2026-03-20'), 'reorder_reminder')?.due).toBe('2026-03-26');
  });

  it("the contact's own cycle wins over the default", () => {
    expect(open(run({ ...customer, reorderCycleDays: 20 }, [], '2026-03-10'), 'reorder_reminder')?.due).toBe(
      '2026-03-16',
    );
  });

  it('a further order moves it: ordered 03-28, expected 04-27, reminder 04-22', () => {
    expect(open(run(customer, [order('2026-03-28')], '2026-04-20'), 'reorder_reminder')?.due).toBe('2026-04-22');
  });

  it('distributors and prospects get no reorder rules', () => {
    expect(open(run({}, [], '2026-03-26'), 'reorder_reminder')).toBeUndefined();
    expect(open(run({ role: 'prospect' }, [], '2026-03-26'), 'reorder_reminder')).toBeUndefined();
  });
});

describe('one-and-done: no second order by first order + cycle + 7', () => {
  it('on 04-07 (day 37): a high-priority check-in due 04-07 and 35 risk points, replacing reorder-overdue', () => {
    const r = run(customer, [talk('2026-04-01')], '2026-04-07');
    const c = open(r, 'one_and_done_checkin');
    expect(c?.due).toBe('2026-04-07');
    expect(c?.priority).toBe('high');
    expect(r.risk.signals).toEqual(['oneAndDone']);
    expect(r.risk.score).toBe(35);
  });

  it('on 04-06: no one-and-done yet, but the reorder is overdue (25)', () => {
    const r = run(customer, [talk('2026-04-01')], '2026-04-06');
    expect(open(r, 'one_and_done_checkin')).toBeUndefined();
    expect(r.risk.signals).toEqual(['reorderOverdue']);
    expect(r.risk.reasons).toEqual(['Reorder overdue: expected on 2026-03-31']);
  });

  it('a logged day-0 order is the first order, not a second one', () => {
    expect(
      open(run(customer, [order('2026-03-01'), talk('2026-04-01')], '2026-04-07'), 'one_and_done_checkin')?.due,
    ).toBe('2026-04-07');
  });
});

describe('autoship', () => {
  it('after the second order, not on autoship: the autoship talk, due on the second order', () => {
    const a = open(run(customer, [order('2026-03-28')], '2026-03-29'), 'autoship_talk');
    expect(a?.due).toBe('2026-03-28');
    expect(a?.priority).toBe('normal');
  });

  it('on autoship: no reminder, no overdue, no one-and-done, no talk', () => {
    const r = run({ ...customer, autoship: true }, [order('2026-03-28', true), talk('2026-04-20')], '2026-05-01');
    for (const kind of ['reorder_reminder', 'one_and_done_checkin', 'autoship_talk'])
      expect(open(r, kind)).toBeUndefined();
    expect(r.risk.signals).toEqual([]);
  });

  it('autoship cancelled: an earlier order on autoship and the current state false adds 30', () => {
    const r = run(customer, [order('2026-03-28', true), talk('2026-04-01')], '2026-04-05');
    expect(r.risk.signals).toEqual(['autoshipCancelled']);
    expect(r.risk.score).toBe(30);
  });
});
