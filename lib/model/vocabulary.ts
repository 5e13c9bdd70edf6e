/** The stable names of PLAYBOOK.md ("The vocabulary"): used in data, templates and scenarios. */
export const ROLES = ['customer', 'distributor', 'prospect'] as const;
export const STAGES = ['associate', 'friend', 'family'] as const;

/** Touch kinds the engine suggests, in the order ties are broken. */
export const SUGGESTED_KINDS = [
  'welcome_email',
  'thank_you_email',
  'greeting_card',
  'thank_you_card',
  'checkin_call',
  'tips',
  'team_call_invite',
  'congratulate',
  'birthday_card',
  'birthday_call',
  'meet_in_person',
  'keep_in_touch',
  'expectation_talk',
  'goal_check',
  'action_review',
  'first_win_help',
  'reorder_reminder',
  'one_and_done_checkin',
  'autoship_talk',
  'replan_talk',
] as const;
/** Touch kinds a user logs besides the suggested ones. */
export const LOGGED_KINDS = ['call', 'message', 'email', 'meeting', 'note'] as const;
export const TOUCH_KINDS = [...SUGGESTED_KINDS, ...LOGGED_KINDS] as const;
export const DIRECTIONS = ['out', 'in', 'both'] as const;
export const CHANNELS = [
  'phone',
  'email',
  'post',
  'in_person',
  'facebook',
  'messenger',
  'instagram',
  'linkedin',
  'x',
  'whatsapp',
  'sms',
  'other',
] as const;
export const WIN_KINDS = [
  'first_sale',
  'first_sponsor',
  'rank_advance',
  'goal_reached',
  'habit_milestone',
  'personal',
] as const;
export const AMBITIONS = ['product', 'supplement', 'career'] as const;
export const COMMITMENTS = ['casual', 'steady', 'driven'] as const;
export const SUGGESTION_STATES = ['done', 'snoozed', 'skipped'] as const;

export type Role = (typeof ROLES)[number];
export type Stage = (typeof STAGES)[number];
export type SuggestedKind = (typeof SUGGESTED_KINDS)[number];
export type TouchKind = (typeof TOUCH_KINDS)[number];
export type Direction = (typeof DIRECTIONS)[number];
export type Channel = (typeof CHANNELS)[number];
export type WinKind = (typeof WIN_KINDS)[number];
export type Ambition = (typeof AMBITIONS)[number];
export type Commitment = (typeof COMMITMENTS)[number];
