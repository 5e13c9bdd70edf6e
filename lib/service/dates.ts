import { addDays, format } from 'date-fns';

/** The user's local calendar date for an instant: what "today" means to them. */
export function localDate(ms: number): string {
  return format(new Date(ms), 'yyyy-MM-dd');
}

export function plusDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return format(addDays(new Date(y, m - 1, d), days), 'yyyy-MM-dd');
}
