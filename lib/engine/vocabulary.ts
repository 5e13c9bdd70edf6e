/**
 * The stable names of PLAYBOOK.md's vocabulary. The order of SUGGESTED_KINDS is meaningful:
 * it breaks ties between suggestions due on the same day with the same priority.
 */
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
export type SuggestedKind = (typeof SUGGESTED_KINDS)[number];

/** Kinds a user logs besides the suggested ones. */
export const LOGGED_KINDS = ['call', 'message', 'email', 'meeting', 'note'] as const;
export const TOUCH_KINDS = [...SUGGESTED_KINDS, ...LOGGED_KINDS] as const;
export type TouchKind = (typeof TOUCH_KINDS)[number];

export const DIRECTIONS = ['out', 'in', 'both'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const WIN_KINDS = [
  'first_sale',
  'first_sponsor',
  'rank_advance',
  'goal_reached',
  'habit_milestone',
  'personal',
] as const;
export type WinKind = (typeof WIN_KINDS)[number];

export const ROLES = ['customer', 'distributor', 'prospect'] as const;
export type Role = (typeof ROLES)[number];

/** The relationship ladder, lowest first. */
export const STAGES = ['associate', 'friend', 'family'] as const;
export type Stage = (typeof STAGES)[number];

export const AMBITIONS = ['product', 'supplement', 'career'] as const;
export type Ambition = (typeof AMBITIONS)[number];

export const COMMITMENTS = ['casual', 'steady', 'driven'] as const;
export type Commitment = (typeof COMMITMENTS)[number];

export function kindOrder(kind: string): number {
  const i = (SUGGESTED_KINDS as readonly string[]).indexOf(kind);
  return i === -1 ? SUGGESTED_KINDS.length : i;
}

export function stageRank(stage: string): number {
  const i = (STAGES as readonly string[]).indexOf(stage);
  return i === -1 ? 0 : i;
}
