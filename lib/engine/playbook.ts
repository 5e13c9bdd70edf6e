import { z } from 'zod';
import { WEEKDAYS } from './dates';

/**
 * The playbook as data: every timing, cadence, threshold and weight of PLAYBOOK.md's
 * "Default settings". The rules read only these values, so a user's edit is a data change.
 */
const days = (min: number) => z.number().int('must be a whole number of days').min(min, `must be >= ${min}`);
const count = () => z.number().int('must be a whole number').min(0, 'must be >= 0');
const weight = () => z.number().min(0, 'must be >= 0').max(100, 'must be <= 100');

export const PlaybookSettingsSchema = z.strictObject({
  /** The weekday of the weekly team call; null = no invitations. */
  teamCallWeekday: z
    .enum([...WEEKDAYS], {
      error: (iss) => `must be a weekday (monday ... sunday) or null, got ${JSON.stringify(iss.input)}`,
    })
    .nullable(),
  cadenceDays: z.strictObject({ associate: days(1), friend: days(1), family: days(1) }),
  planDays: days(1),
  checkinDays: z.strictObject({ distributor: z.array(days(0)), customer: z.array(days(0)) }),
  cardByDay: days(0),
  tipsEveryDays: days(1),
  meetEveryDays: days(1),
  birthdayCardDaysBefore: days(0),
  reorderCycleDays: days(1),
  reorderReminderDaysBefore: days(0),
  oneAndDoneGraceDays: days(0),
  expectationTalkByDay: days(0),
  firstWinHelpDay: days(0),
  noFirstWinRiskDay: days(0),
  actionReviewAfterDays: days(1),
  promotion: z.strictObject({
    friend: z.strictObject({ minDays: days(0), minTwoWay: count() }),
    family: z.strictObject({ minDays: days(0), minTwoWay: count() }),
  }),
  riskThreshold: z.number().min(0, 'must be >= 0').max(100, 'must be <= 100'),
  riskWeights: z.strictObject({
    doubt: weight(),
    oneAndDone: weight(),
    dreamer: weight(),
    silence: weight(),
    noFirstWin: weight(),
    autoshipCancelled: weight(),
    reorderOverdue: weight(),
    goalDeadline: weight(),
    missedTeamCalls: weight(),
    unanswered: weight(),
  }),
});

export type PlaybookSettings = z.infer<typeof PlaybookSettingsSchema>;
export type RiskSignal = keyof PlaybookSettings['riskWeights'];

export const DEFAULT_PLAYBOOK: PlaybookSettings = Object.freeze({
  teamCallWeekday: null,
  cadenceDays: { associate: 30, friend: 14, family: 7 },
  planDays: 90,
  checkinDays: { distributor: [2, 7, 14, 21, 30], customer: [3, 10, 25] },
  cardByDay: 3,
  tipsEveryDays: 7,
  meetEveryDays: 90,
  birthdayCardDaysBefore: 5,
  reorderCycleDays: 30,
  reorderReminderDaysBefore: 5,
  oneAndDoneGraceDays: 7,
  expectationTalkByDay: 7,
  firstWinHelpDay: 14,
  noFirstWinRiskDay: 30,
  actionReviewAfterDays: 14,
  promotion: { friend: { minDays: 30, minTwoWay: 4 }, family: { minDays: 90, minTwoWay: 10 } },
  riskThreshold: 60,
  riskWeights: {
    doubt: 40,
    oneAndDone: 35,
    dreamer: 35,
    silence: 30,
    noFirstWin: 30,
    autoshipCancelled: 30,
    reorderOverdue: 25,
    goalDeadline: 25,
    missedTeamCalls: 20,
    unanswered: 20,
  },
});

/** Bad settings; the message starts with the field path ("settings.cadenceDays.friend: ..."). */
export class PlaybookError extends Error {
  override name = 'PlaybookError';
}

/** 'cadenceDays.friend', 'checkinDays.customer[1]' */
export function formatPath(root: string, path: readonly PropertyKey[]): string {
  let out = root;
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : out ? `.${String(key)}` : String(key);
  return out;
}

/** One line per problem, each naming its field. */
export function formatIssues(root: string, issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .map((issue) => {
      if (issue.code === 'unrecognized_keys') {
        return issue.keys.map((k) => `${formatPath(root, [...issue.path, k])}: unknown field`).join('\n');
      }
      return `${formatPath(root, issue.path) || 'scenario'}: ${issue.message}`;
    })
    .join('\n');
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Objects merge key by key; anything else (numbers, arrays, null) replaces. */
function deepMerge(base: unknown, override: unknown, path: string): unknown {
  if (!isPlainObject(base) || !isPlainObject(override)) return override;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) {
    // A user's settings file must not be able to reach Object.prototype.
    if (FORBIDDEN_KEYS.has(key)) throw new PlaybookError(`${path}.${key}: unknown field`);
    out[key] = deepMerge(base[key], value, `${path}.${key}`);
  }
  return out;
}

/**
 * The defaults with the user's overrides laid over them field by field:
 * `{ cadenceDays: { friend: 10 } }` changes only the friend cadence.
 * Throws PlaybookError naming the field for unknown fields and bad values.
 */
export function resolvePlaybook(overrides: unknown): PlaybookSettings {
  if (overrides === undefined || overrides === null) return structuredClone(DEFAULT_PLAYBOOK);
  if (!isPlainObject(overrides)) throw new PlaybookError('settings: must be an object');
  const merged = deepMerge(structuredClone(DEFAULT_PLAYBOOK), overrides, 'settings');
  const parsed = PlaybookSettingsSchema.safeParse(merged);
  if (!parsed.success) throw new PlaybookError(formatIssues('settings', parsed.error.issues));
  return parsed.data;
}
