import { differenceInCalendarDays, format, parseISO } from 'date-fns';

export const KIND_LABELS: Record<string, string> = {
  welcome_email: 'Welcome email',
  thank_you_email: 'Thank-you email',
  greeting_card: 'Greeting card',
  thank_you_card: 'Thank-you card',
  checkin_call: 'Check-in call',
  tips: 'Tips',
  team_call_invite: 'Team call invite',
  congratulate: 'Congratulate',
  birthday_card: 'Birthday card',
  birthday_call: 'Birthday call',
  meet_in_person: 'Meet in person',
  keep_in_touch: 'Keep in touch',
  expectation_talk: 'Expectation talk',
  goal_check: 'Goal check',
  action_review: 'Action review',
  first_win_help: 'First-win help',
  reorder_reminder: 'Reorder reminder',
  one_and_done_checkin: 'Check in after first order',
  autoship_talk: 'Autoship talk',
  replan_talk: 'Re-plan talk',
  call: 'Call',
  message: 'Message',
  email: 'Email',
  meeting: 'Meeting',
  note: 'Note',
};

export function kindLabel(kind: string | undefined): string {
  return kind ? (KIND_LABELS[kind] ?? kind.replace(/_/g, ' ')) : '';
}

export function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "today", "in 3 days", "2 days overdue" relative to the local date `today`. */
export function whenLabel(date: string | undefined, today: string): string {
  if (!date) return 'nothing due';
  const days = differenceInCalendarDays(parseISO(date), parseISO(today));
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days > 1) return `in ${days} days`;
  if (days === -1) return '1 day overdue';
  return `${-days} days overdue`;
}

export function shortDate(date: string): string {
  try {
    return format(parseISO(date), 'd MMM yyyy');
  } catch {
    return date;
  }
}

export function localToday(): string {
  return format(new Date(), 'yyyy-MM-dd');
}
