import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAYBOOK, PlaybookError, PlaybookSettingsSchema, resolvePlaybook } from './playbook';

describe('settings: the default playbook', () => {
  it('holds the values of PLAYBOOK.md "Default settings"', () => {
    expect(DEFAULT_PLAYBOOK.teamCallWeekday).toBeNull();
    expect(DEFAULT_PLAYBOOK.cadenceDays).toEqual({ associate: 30, friend: 14, family: 7 });
    expect(DEFAULT_PLAYBOOK.checkinDays).toEqual({ distributor: [2, 7, 14, 21, 30], customer: [3, 10, 25] });
    expect(DEFAULT_PLAYBOOK.promotion).toEqual({
      friend: { minDays: 30, minTwoWay: 4 },
      family: { minDays: 90, minTwoWay: 10 },
    });
    expect(DEFAULT_PLAYBOOK.riskWeights.doubt).toBe(40);
    expect(DEFAULT_PLAYBOOK.riskWeights.unanswered).toBe(20);
    expect(DEFAULT_PLAYBOOK.riskThreshold).toBe(60);
    expect(PlaybookSettingsSchema.safeParse(DEFAULT_PLAYBOOK).success).toBe(true);
  });

  it('resolvePlaybook(undefined) gives a copy of the defaults, not the shared object', () => {
    const p = resolvePlaybook(undefined);
    expect(p).toEqual(DEFAULT_PLAYBOOK);
    p.cadenceDays.friend = 1;
    expect(DEFAULT_PLAYBOOK.cadenceDays.friend).toBe(14);
  });
});

describe('settings override: deep merge per field', () => {
  it('"friend: every 14 days" changed to 10 keeps the associate and family cadences', () => {
    const p = resolvePlaybook({ cadenceDays: { friend: 10 } });
    expect(p.cadenceDays).toEqual({ associate: 30, friend: 10, family: 7 });
    expect(p.planDays).toBe(90);
  });

  it('replaces arrays whole and accepts a weekday or null', () => {
    const p = resolvePlaybook({ checkinDays: { customer: [5] }, teamCallWeekday: 'tuesday' });
    expect(p.checkinDays).toEqual({ distributor: [2, 7, 14, 21, 30], customer: [5] });
    expect(p.teamCallWeekday).toBe('tuesday');
    expect(resolvePlaybook({ teamCallWeekday: null }).teamCallWeekday).toBeNull();
  });

  it('merges nested promotion and weight fields one by one', () => {
    const p = resolvePlaybook({ promotion: { family: { minTwoWay: 6 } }, riskWeights: { doubt: 50 } });
    expect(p.promotion.family).toEqual({ minDays: 90, minTwoWay: 6 });
    expect(p.riskWeights.silence).toBe(30);
    expect(p.riskWeights.doubt).toBe(50);
  });
});

describe('bad settings rejected naming the field', () => {
  const fails = (overrides: unknown) => {
    try {
      resolvePlaybook(overrides);
    } catch (e) {
      expect(e).toBeInstanceOf(PlaybookError);
      return (e as Error).message;
    }
    throw new Error('expected a PlaybookError');
  };

  it('a negative cadence', () => {
    expect(fails({ cadenceDays: { friend: -3 } })).toBe('settings.cadenceDays.friend: must be >= 1');
  });

  it('a zero cadence, a fractional day and a negative check-in day', () => {
    expect(fails({ cadenceDays: { family: 0 } })).toBe('settings.cadenceDays.family: must be >= 1');
    expect(fails({ tipsEveryDays: 2.5 })).toMatch(/^settings\.tipsEveryDays: must be a whole number/);
    expect(fails({ checkinDays: { customer: [3, -1] } })).toBe('settings.checkinDays.customer[1]: must be >= 0');
  });

  it('unknown keys, at the top and nested', () => {
    expect(fails({ cadenceDay: { friend: 10 } })).toBe('settings.cadenceDay: unknown field');
    expect(fails({ cadenceDays: { cousin: 10 } })).toBe('settings.cadenceDays.cousin: unknown field');
    expect(fails(JSON.parse('{"__proto__": {"planDays": 1}}'))).toBe('settings.__proto__: unknown field');
  });

  it('a weekday that is not one, a wrong type, a weight over 100, not an object', () => {
    expect(fails({ teamCallWeekday: 'funday' })).toMatch(/^settings\.teamCallWeekday: must be a weekday/);
    expect(fails({ teamCallWeekday: 'Tuesday' })).toMatch(/^settings\.teamCallWeekday:/);
    expect(fails({ cadenceDays: 5 })).toMatch(/^settings\.cadenceDays: /);
    expect(fails({ riskWeights: { doubt: 101 } })).toBe('settings.riskWeights.doubt: must be <= 100');
    expect(fails([1, 2])).toBe('settings: must be an object');
  });
});
