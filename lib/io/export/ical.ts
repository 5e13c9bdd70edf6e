import { addDays, format, parseISO } from 'date-fns';
import { isRealDate } from '../../model/dates';
import { contentLines, escapeText, stripControls } from './text';

export interface CalendarItem {
  /** Stable and unique (a calendar app updates the event with the same UID on re-import). */
  uid: string;
  /** The (next) day, `yyyy-MM-dd`. */
  date: string;
  summary: string;
  description?: string;
  /** Repeats every year on this day (birthdays). February 29 repeats on the last day of February. */
  yearly?: boolean;
}

const text = (value: string) => escapeText(stripControls(value));

function basicDate(date: string): string {
  return date.replace(/-/g, '');
}

function stamp(now: number): string {
  return new Date(now)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/**
 * Upcoming touches and birthdays as an RFC 5545 calendar of all-day events
 * (DTSTART/DTEND as VALUE=DATE, DTSTAMP in UTC, escaped TEXT, folded lines, CRLF).
 */
export function touchesToICalendar(items: readonly CalendarItem[], now: number): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Kindred//Touches//EN', 'CALSCALE:GREGORIAN'];
  const dtstamp = stamp(now);
  for (const item of items) {
    if (!isRealDate(item.date)) throw new Error(`calendar item ${item.uid}: "${item.date}" is not a yyyy-MM-dd date`);
    if (!item.uid.trim()) throw new Error('calendar item without a uid');
    const next = format(addDays(parseISO(item.date), 1), 'yyyy-MM-dd');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${text(item.uid)}`,
      `DTSTAMP:${dtstamp}`,
      `DTSTART;VALUE=DATE:${basicDate(item.date)}`,
      `DTEND;VALUE=DATE:${basicDate(next)}`,
    );
    if (item.yearly) {
      const leapDay = item.date.endsWith('-02-29');
      lines.push(leapDay ? 'RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1' : 'RRULE:FREQ=YEARLY');
    }
    lines.push(`SUMMARY:${text(item.summary)}`);
    if (item.description) lines.push(`DESCRIPTION:${text(item.description)}`);
    lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return contentLines(lines);
}
