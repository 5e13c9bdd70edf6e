import { COUNT_CAP, countLabel } from '@/lib/model/counts';
import type { TodayView } from '@/lib/service/service';

/** The next time of day `hh:mm` after `from` (local time). */
export function nextNotifyAt(hhmm: string, from: number): number {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  const at = new Date(from);
  at.setHours(h, m, 0, 0);
  if (at.getTime() <= from) at.setDate(at.getDate() + 1);
  return at.getTime();
}

const KIND_WORDS: Record<string, string> = {
  checkin_call: 'check-in call',
  welcome_email: 'welcome',
  thank_you_email: 'thank-you',
  birthday_card: 'birthday card',
  birthday_call: 'birthday call',
  keep_in_touch: 'catch up',
  reorder_reminder: 'reorder reminder',
  congratulate: 'congratulate',
};

/** One line for today's notification: the count and the first few names with what is due. */
export function summariseToday(view: TodayView): { title: string; message: string } | null {
  const due = [...view.overdue, ...view.dueToday];
  const total = view.totals.overdue + view.totals.dueToday; // the lists are cut, the totals are not
  if (total === 0) return null;
  const first = due
    .slice(0, 3)
    .map(
      (c) =>
        `${c.name.split(' ')[0]} (${KIND_WORDS[c.nextTouchKind ?? ''] ?? (c.nextTouchKind ?? 'touch').replace(/_/g, ' ')})`,
    );
  const more = total > COUNT_CAP ? ' and many more' : total > first.length ? ` and ${total - first.length} more` : '';
  return {
    title: `${countLabel(total)} ${total === 1 ? 'person needs' : 'people need'} a touch today`,
    message: `${first.join(', ')}${more}`,
  };
}
