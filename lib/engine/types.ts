import { z } from 'zod';
import { isBirthday, isIsoDateOrDateTime } from './dates';
import {
  AMBITIONS,
  type Ambition,
  COMMITMENTS,
  type Commitment,
  DIRECTIONS,
  type Direction,
  ROLES,
  type Role,
  STAGES,
  type Stage,
  TOUCH_KINDS,
  type TouchKind,
  WIN_KINDS,
  type WinKind,
} from './vocabulary';

/** ISO date ('2026-03-08') or date-time; the engine reads it as its local calendar day. */
export type IsoDate = string;

export interface EngineGoal {
  text?: string;
  amountPerMonth?: number;
  /** The time frame: the date the goal should be reached by. */
  by?: IsoDate;
  setAt?: IsoDate;
}

export interface EngineContact {
  /** Full name; reasons use the first word. May be empty. */
  name?: string;
  role: Role;
  stage: Stage;
  /** Day 0: enrolment (distributor), first order (customer), first contact (prospect). */
  startedAt: IsoDate;
  /** 'yyyy-MM-dd' or '--MM-dd' when the year is unknown. */
  birthday?: string;
  ambition?: Ambition;
  commitment?: Commitment;
  goal?: EngineGoal;
  hoursPerWeek?: number;
  /** Current autoship state; absent = false. */
  autoship?: boolean;
  reorderCycleDays?: number;
  /** Personal details the user knows (family, interests, ...). */
  details?: string[];
  /** The user flagged doubt ("talked about quitting"). */
  doubt?: boolean;
}

export interface TouchEvent {
  type: 'touch';
  kind: TouchKind;
  at: IsoDate;
  /** Absent = 'out'. */
  direction?: Direction;
  note?: string;
}
export interface OrderEvent {
  type: 'order';
  at: IsoDate;
  autoship?: boolean;
  amount?: number;
}
export interface WinEvent {
  type: 'win';
  kind: WinKind;
  at: IsoDate;
}
export interface TeamCallEvent {
  type: 'team_call';
  at: IsoDate;
  /** Absent counts as missed. */
  attended?: boolean;
}
export type EngineEvent = TouchEvent | OrderEvent | WinEvent | TeamCallEvent;

/**
 * What the user did with a suggestion, matched by kind + due (the due day of the occurrence
 * shown). `done` and `skipped` close that occurrence and every earlier one of the same kind
 * (the suggestion stood for them all). `snoozed` hides it while now < `until`; it then comes
 * back with its original due date (so it is overdue, and may be bumped in priority). A snooze
 * without `until` hides nothing. A newer occurrence of the kind falling due replaces it.
 */
export interface SuggestionState {
  kind: string;
  due: string;
  state: 'done' | 'snoozed' | 'skipped';
  until?: string;
}

export interface EngineInput {
  contact: EngineContact;
  events: EngineEvent[];
  states?: SuggestionState[];
}

// ---- zod schemas (the scenario parser; the app validates its own rows elsewhere) ----

export const IsoDateSchema = z.string().refine(isIsoDateOrDateTime, {
  error: (iss) => `not a real ISO date or date-time: ${JSON.stringify(iss.input)}`,
});
const BirthdaySchema = z.string().refine(isBirthday, {
  error: (iss) => `not a real birthday (yyyy-MM-dd or --MM-dd): ${JSON.stringify(iss.input)}`,
});
const oneOf = <T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z.enum(values, {
    error: (iss) => `unknown ${what} ${JSON.stringify(iss.input)} (expected one of: ${values.join(', ')})`,
  });

export const EngineGoalSchema = z.strictObject({
  text: z.string().optional(),
  amountPerMonth: z.number().min(0, 'must be >= 0').optional(),
  by: IsoDateSchema.optional(),
  setAt: IsoDateSchema.optional(),
});

export const EngineContactSchema = z.strictObject({
  name: z.string().optional(),
  role: oneOf(ROLES, 'role'),
  stage: oneOf(STAGES, 'stage'),
  startedAt: IsoDateSchema,
  birthday: BirthdaySchema.optional(),
  ambition: oneOf(AMBITIONS, 'ambition').optional(),
  commitment: oneOf(COMMITMENTS, 'commitment').optional(),
  goal: EngineGoalSchema.optional(),
  hoursPerWeek: z.number().min(0, 'must be >= 0').optional(),
  autoship: z.boolean().optional(),
  reorderCycleDays: z.number().int('must be a whole number').min(1, 'must be >= 1').optional(),
  details: z.array(z.string()).optional(),
  doubt: z.boolean().optional(),
});

export const EngineEventSchema = z.discriminatedUnion(
  'type',
  [
    z.strictObject({
      type: z.literal('touch'),
      kind: oneOf(TOUCH_KINDS, 'touch kind'),
      at: IsoDateSchema,
      direction: oneOf(DIRECTIONS, 'direction').optional(),
      note: z.string().optional(),
    }),
    z.strictObject({
      type: z.literal('order'),
      at: IsoDateSchema,
      autoship: z.boolean().optional(),
      amount: z.number().min(0, 'must be >= 0').optional(),
    }),
    z.strictObject({ type: z.literal('win'), kind: oneOf(WIN_KINDS, 'win kind'), at: IsoDateSchema }),
    z.strictObject({ type: z.literal('team_call'), at: IsoDateSchema, attended: z.boolean().optional() }),
  ],
  {
    error: (iss) => {
      const input = iss.input as { type?: unknown } | undefined;
      const type = input && typeof input === 'object' ? input.type : input;
      return `unknown event type ${JSON.stringify(type)} (expected one of: touch, order, win, team_call)`;
    },
  },
);

export const SuggestionStateSchema = z.strictObject({
  kind: z.string(),
  due: IsoDateSchema,
  state: oneOf(['done', 'snoozed', 'skipped'] as const, 'state'),
  until: IsoDateSchema.optional(),
});

// The plain types above are the contract; these lines fail to compile if the schemas drift.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _contactMatches: Same<z.infer<typeof EngineContactSchema>, EngineContact> = true;
const _eventMatches: Same<z.infer<typeof EngineEventSchema>, EngineEvent> = true;
const _stateMatches: Same<z.infer<typeof SuggestionStateSchema>, SuggestionState> = true;
void [_contactMatches, _eventMatches, _stateMatches];
