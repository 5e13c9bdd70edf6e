import { addDays, differenceInCalendarDays, format, isLeapYear } from 'date-fns';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { birthdayIn, daysBetween, isBirthday, isIsoDateOrDateTime, plusDays, toDay, weekdayOf } from './dates';

describe('calendar days', () => {
  const saved = process.env.TZ;
  // A zone with DST, so a 23-hour day would show if the code counted hours.
  beforeAll(() => {
    process.env.TZ = 'America/New_York';
  });
  afterAll(() => {
    process.env.TZ = saved;
  });

  it('steps day by day exactly as date-fns does, across DST changes and leap years', () => {
    // plusDays formats by hand (date-fns format was the engine's hottest call): every day of
    // 1999-2029, through 31 springs and autumns of DST and eight February 29ths, must agree.
    let day = '1999-01-01';
    let date = new Date(1999, 0, 1);
    for (let i = 0; i < 11_000; i++) {
      const next = plusDays(day, 1);
      date = addDays(date, 1);
      expect(next).toBe(format(date, 'yyyy-MM-dd'));
      expect(daysBetween('1999-01-01', next)).toBe(differenceInCalendarDays(date, new Date(1999, 0, 1)));
      day = next;
    }
    for (let year = 1896; year <= 2404; year++)
      expect(isIsoDateOrDateTime(`${year}-02-29`)).toBe(isLeapYear(new Date(year, 0, 1)));
    expect(plusDays('2026-03-07', 400)).toBe(format(addDays(new Date(2026, 2, 7), 400), 'yyyy-MM-dd'));
    expect(plusDays('2026-03-09', -400)).toBe(format(addDays(new Date(2026, 2, 9), -400), 'yyyy-MM-dd'));
  });

  it('rejects impossible dates and accepts date-times', () => {
    expect(isIsoDateOrDateTime('2026-02-30')).toBe(false);
    expect(isIsoDateOrDateTime('2026-13-01')).toBe(false);
    expect(isIsoDateOrDateTime('2028-02-29')).toBe(true);
    expect(isIsoDateOrDateTime('2027-02-29')).toBe(false);
    expect(isIsoDateOrDateTime('2026-03-08T09:30')).toBe(true);
    expect(isIsoDateOrDateTime('2026-03-08T09:30:00.000Z')).toBe(true);
    expect(isIsoDateOrDateTime('2026-03-08T25:00')).toBe(false);
    expect(isIsoDateOrDateTime('March 8')).toBe(false);
  });

  it('reads a date-time by its local calendar day', () => {
    expect(toDay('2026-03-08')).toBe('2026-03-08');
    expect(toDay('2026-03-08T23:30')).toBe('2026-03-08');
    // 02:00 UTC is still the evening before in New York.
    expect(toDay('2026-03-09T02:00:00Z')).toBe('2026-03-08');
    expect(toDay('nonsense')).toBeNull();
    expect(toDay(undefined)).toBeNull();
  });

  it('counts calendar days across the DST change (2026-03-08 in New York)', () => {
    expect(plusDays('2026-03-07', 1)).toBe('2026-03-08');
    expect(plusDays('2026-03-07', 2)).toBe('2026-03-09');
    expect(daysBetween('2026-03-07', '2026-03-09')).toBe(2);
    expect(plusDays('2026-11-01', 1)).toBe('2026-11-02');
    expect(plusDays('2026-03-01', 90)).toBe('2026-05-30');
    expect(plusDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(plusDays('2026-01-31', 30)).toBe('2026-03-02');
  });

  it('birthdays: Feb 29 falls on Feb 28 in common years; no-year birthdays are valid', () => {
    expect(birthdayIn(2026, 2, 29)).toBe('2026-02-28');
    expect(birthdayIn(2028, 2, 29)).toBe('2028-02-29');
    expect(isBirthday('--02-29')).toBe(true);
    expect(isBirthday('--02-30')).toBe(false);
    expect(isBirthday('1990-04-31')).toBe(false);
  });

  it('weekday names', () => {
    expect(weekdayOf('2026-03-01')).toBe('sunday');
    expect(weekdayOf('2026-03-03')).toBe('tuesday');
  });
});
