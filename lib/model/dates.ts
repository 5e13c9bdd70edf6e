import { z } from 'zod';

/** A real calendar date `yyyy-MM-dd` (2026-02-30 is refused). */
export function isRealDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export const LocalDate = z.string().refine(isRealDate, 'must be a real date written yyyy-MM-dd');

/** A date or a date-time; the engine reads it by its local calendar date. */
export const DateOrDateTime = z
  .string()
  .refine(
    (v) => isRealDate(v.slice(0, 10)) && (v.length === 10 || /^T\d{2}:\d{2}/.test(v.slice(10))),
    'must be an ISO date or date-time',
  );

/** A birthday with a year (`1990-03-15`) or without one (`--03-15`); February 29 allowed. */
export const Birthday = z
  .string()
  .refine(
    (v) => (v.startsWith('--') ? isRealDate(`2000-${v.slice(2)}`) : isRealDate(v)),
    'must be yyyy-MM-dd or --MM-dd',
  );

/** Milliseconds since the epoch, for createdAt/updatedAt/deletedAt. */
export const Timestamp = z.number().int().nonnegative();
