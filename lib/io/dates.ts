import { isRealDate } from '../model/dates';

export interface ParsedDate {
  /** `yyyy-MM-dd`, or `--MM-dd` when the year is unknown. */
  value?: string;
  /** Why the text was not read as a date, or how an ambiguous one was read. */
  note?: string;
}

const pad = (n: number | string) => String(n).padStart(2, '0');

function monthDay(month: number, day: number): string | undefined {
  const md = `--${pad(month)}-${pad(day)}`;
  return isRealDate(`2000-${md.slice(2)}`) ? md : undefined;
}

function full(year: number, month: number, day: number): string | undefined {
  const value = `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
  return isRealDate(value) ? value : undefined;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function monthFromName(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/**
 * Birthdays as exports write them: ISO (`1990-03-15`, `19900315`, `1990-03-15T08:30:00Z`),
 * vCard without a year (`--0315`, `--03-15`), Google's `--12-01`, Outlook's `3/15/1990`
 * (`0/0/00` is Outlook's "none"), and `15 Mar 1990` / `Mar 15, 1990`.
 * A year of 1604 or 0000 (Apple's and some phones' "no year") gives `--MM-dd`.
 */
export function parseBirthday(raw: string): ParsedDate {
  const text = raw.trim();
  if (!text || /^0{1,2}\/0{1,2}\/0{2,4}$/.test(text)) return {};
  let m = /^--(\d{2})-?(\d{2})$/.exec(text);
  if (m) {
    const value = monthDay(Number(m[1]), Number(m[2]));
    return value ? { value } : { note: `"${text}" is not a real day of the year` };
  }
  m = /^(\d{4})-?(\d{2})-?(\d{2})(?:[T ]\d{2}:?\d{2}(?::?\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  if (m) {
    const year = Number(m[1]);
    const value =
      year === 0 || year === 1604 ? monthDay(Number(m[2]), Number(m[3])) : full(year, Number(m[2]), Number(m[3]));
    return value ? { value } : { note: `"${text}" is not a real date` };
  }
  m = /^(\d{1,2})[/.](\d{1,2})[/.](\d{2}|\d{4})$/.exec(text);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    let year = Number(m[3]);
    // Two-digit years (old Outlook exports): a fixed pivot keeps the parser pure; birthdays are
    // in the past, so 00-30 read as 2000-2030 and 31-99 as 1931-1999.
    if (m[3]?.length === 2) year += year > 30 ? 1900 : 2000;
    // Outlook writes month/day/year; a first number above 12 can only be a day.
    const [month, day] = a > 12 ? [b, a] : [a, b];
    const value = full(year, month, day);
    if (!value) return { note: `"${text}" is not a real date` };
    const note =
      a <= 12 && b <= 12 && a !== b ? `"${text}" was read as month/day/year (${value}); check it` : undefined;
    return note ? { value, note } : { value };
  }
  m = /^(\d{1,2})\s+([A-Za-z]{3,})\.?,?\s+(\d{4})$/.exec(text) ?? null;
  if (m && monthFromName(m[2] ?? '') > 0) {
    const value = full(Number(m[3]), monthFromName(m[2] ?? ''), Number(m[1]));
    return value ? { value } : { note: `"${text}" is not a real date` };
  }
  m = /^([A-Za-z]{3,})\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(text);
  if (m && monthFromName(m[1] ?? '') > 0) {
    const value = full(Number(m[3]), monthFromName(m[1] ?? ''), Number(m[2]));
    return value ? { value } : { note: `"${text}" is not a real date` };
  }
  return { note: `"${text.slice(0, 40)}" is not a date this importer can read` };
}

/** LinkedIn's "Connected On" (`12 Mar 2021`) and plain dates -> yyyy-MM-dd. */
export function parseDay(raw: string): string | undefined {
  const parsed = parseBirthday(raw);
  return parsed.value && !parsed.value.startsWith('--') ? parsed.value : undefined;
}
