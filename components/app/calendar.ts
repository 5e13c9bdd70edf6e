import { kindLabel } from '@/components/format';
import type { CalendarItem } from '@/lib/io/export';
import type { Contact } from '@/lib/model';
import { isRealDate } from '@/lib/model';

/** Each live contact's next touch, and every birthday as a yearly event. */
export function calendarItems(contacts: readonly Contact[], today: string): CalendarItem[] {
  const items: CalendarItem[] = [];
  for (const c of contacts) {
    if (c.deletedAt !== undefined) continue;
    if (c.nextTouchAt && isRealDate(c.nextTouchAt)) {
      items.push({
        uid: `touch-${c.id}@kindred`,
        date: c.nextTouchAt < today ? today : c.nextTouchAt,
        summary: `${kindLabel(c.nextTouchKind) || 'Touch'}: ${c.name}`,
        description: c.nextTouchAt < today ? `Overdue since ${c.nextTouchAt}` : undefined,
      });
    }
    if (c.birthday) {
      // without a year, 2000 (a leap year, so February 29 stays a real date); the event repeats yearly
      const date = c.birthday.startsWith('--') ? `2000-${c.birthday.slice(2)}` : c.birthday;
      if (isRealDate(date))
        items.push({ uid: `birthday-${c.id}@kindred`, date, summary: `Birthday: ${c.name}`, yearly: true });
    }
  }
  return items;
}
