import { z } from 'zod';
import { DateOrDateTime, LocalDate, Timestamp } from './dates';
import { CHANNELS, DIRECTIONS, SUGGESTION_STATES, TOUCH_KINDS, WIN_KINDS } from './vocabulary';

const Row = {
  id: z.string().min(1).max(64),
  contactId: z.string().min(1).max(64),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  deletedAt: Timestamp.optional(),
};

export const TouchSchema = z.object({
  ...Row,
  kind: z.enum(TOUCH_KINDS),
  /** Absent means `out` (PLAYBOOK.md). */
  direction: z.enum(DIRECTIONS).optional(),
  channel: z.enum(CHANNELS).optional(),
  at: DateOrDateTime,
  note: z.string().max(10_000).optional(),
});
export type Touch = z.infer<typeof TouchSchema>;

export const OrderSchema = z.object({
  ...Row,
  at: DateOrDateTime,
  amount: z.number().nonnegative().max(10_000_000).optional(),
  autoship: z.boolean().optional(),
  note: z.string().max(2_000).optional(),
});
export type Order = z.infer<typeof OrderSchema>;

export const WinSchema = z.object({
  ...Row,
  kind: z.enum(WIN_KINDS),
  at: DateOrDateTime,
  note: z.string().max(2_000).optional(),
});
export type Win = z.infer<typeof WinSchema>;

/** A weekly team call and whether this person attended (missed calls raise risk). */
export const TeamCallSchema = z.object({
  ...Row,
  at: LocalDate,
  attended: z.boolean().optional(),
});
export type TeamCall = z.infer<typeof TeamCallSchema>;

/** What the user did with a suggestion: done (a touch was logged), snoozed until a date, skipped. */
export const SuggestionStateSchema = z.object({
  ...Row,
  kind: z.string().min(1).max(40),
  due: LocalDate,
  state: z.enum(SUGGESTION_STATES),
  until: LocalDate.optional(),
});
export type SuggestionStateRow = z.infer<typeof SuggestionStateSchema>;
