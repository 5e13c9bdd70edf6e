import { addDays, differenceInCalendarDays, getDay } from 'date-fns';
import { remembered } from '../model/remembered';

/**
 * A calendar day as 'yyyy-MM-dd'. The engine works in local calendar days only: such strings
 * sort like the days they name, and every step between them goes through date-fns on local
 * midnights, so a DST change (a 23- or 25-hour day) never shifts a due date.
 */
export type Day = string;

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/;
const NO_YEAR = /^--(\d{2})-(\d{2})$/;

/** True when year/month/day name a day that exists (no 2026-02-30). */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

/** The Gregorian rule, as date-fns isLeapYear applies it, without building a Date per call. */
function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeap(year) ? 29 : (MONTH_LENGTHS[month - 1] ?? 0);
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/**
 * A Date's local calendar day as 'yyyy-MM-dd', what date-fns `format(date, 'yyyy-MM-dd')` gives.
 * Written out because format parses its pattern on every call: it was the engine's hottest
 * function (the daily recompute of 20,000 contacts formats a few hundred thousand days).
 */
function dayOfDate(date: Date): Day {
  return `${String(date.getFullYear()).padStart(4, '0')}-${pad2(date.getMonth() + 1)}-${pad2(date.getDate())}`;
}

/** A date ('2026-03-08') or a date-time ('2026-03-08T10:00', with or without an offset). */
export function isIsoDateOrDateTime(value: string): boolean {
  const m = DATE_ONLY.exec(value) ?? DATE_TIME.exec(value);
  if (!m) return false;
  if (!isRealDate(Number(m[1]), Number(m[2]), Number(m[3]))) return false;
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59)) return false;
  return true;
}

/** A birthday: 'yyyy-MM-dd' or '--MM-dd' (year unknown; '--02-29' is allowed). */
export function isBirthday(value: string): boolean {
  const noYear = NO_YEAR.exec(value);
  if (noYear) return isRealDate(2024, Number(noYear[1]), Number(noYear[2]));
  const m = DATE_ONLY.exec(value);
  return m !== null && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/**
 * The local calendar day of an ISO date or date-time, or null when it is not one.
 * A date-only string is taken as it is (new Date('2026-03-08') would read it as UTC midnight
 * and, west of Greenwich, land on the day before). A date-time with an offset is moved to the
 * local zone first; one without an offset is already local.
 */
export function toDay(value: string | undefined | null): Day | null {
  if (typeof value !== 'string') return null;
  return dayOfText(value);
}

/**
 * The day functions keep their answers (lib/model/remembered.ts). The daily run asks the same few
 * thousand questions ("today + 7", "day 0 to today") for 20,000 contacts, and each answer costs
 * Date objects in the local zone and date-fns calls: a third of an evaluation. The zone is fixed
 * for the process, so a kept answer stays right.
 */
const DAY_ANSWERS = { limit: 50_000 };

const dayOfText = remembered((value: string): Day | null => {
  if (!isIsoDateOrDateTime(value)) return null;
  if (DATE_ONLY.test(value)) return value;
  const m = DATE_TIME.exec(value);
  if (m && m[8] === undefined) return value.slice(0, 10);
  const instant = new Date(value);
  return Number.isNaN(instant.getTime()) ? null : dayOfDate(instant);
}, DAY_ANSWERS);

function toDate(day: Day): Date {
  return new Date(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
}

export const plusDays: (day: Day, n: number) => Day = remembered(
  (day: Day, n: number) => dayOfDate(addDays(toDate(day), n)),
  DAY_ANSWERS,
);

/** Whole calendar days from `from` to `to` (positive when `to` is later). */
export const daysBetween: (from: Day, to: Day) => number = remembered(
  (from: Day, to: Day) => differenceInCalendarDays(toDate(to), toDate(from)),
  DAY_ANSWERS,
);

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export function weekdayOf(day: Day): Weekday {
  return WEEKDAYS[getDay(toDate(day))] ?? 'sunday';
}

/** Month and day of a birthday, whatever its form; null when it is not a birthday. */
export function birthdayParts(value: string | undefined): { year?: number; month: number; day: number } | null {
  if (!value || !isBirthday(value)) return null;
  const noYear = NO_YEAR.exec(value);
  if (noYear) return { month: Number(noYear[1]), day: Number(noYear[2]) };
  const [y, m, d] = value.split('-').map(Number);
  return { year: y ?? 0, month: m ?? 1, day: d ?? 1 };
}

/** The birthday as celebrated in `year`: February 29 falls on February 28 in common years. */
export function birthdayIn(year: number, month: number, day: number): Day {
  const d = month === 2 && day === 29 && !isLeap(year) ? 28 : day;
  return dayOfDate(new Date(year, month - 1, d));
}

export function yearOf(day: Day): number {
  return Number(day.slice(0, 4));
}

export function maxDay(a: Day, b: Day): Day {
  return a > b ? a : b;
}
