import { z } from 'zod';
import { Birthday, DateOrDateTime, LocalDate, Timestamp } from './dates';
import { AMBITIONS, COMMITMENTS, ROLES, STAGES } from './vocabulary';

/** Limits keep a hostile import or page from filling the database with megabytes of one field. */
export const LIMITS = { name: 200, note: 10_000, tag: 60, tags: 50, identities: 50, text: 500 } as const;

const Name = z.string().trim().min(1, 'a name is needed').max(LIMITS.name);
const IdentityKey = z
  .string()
  .min(3)
  .max(210)
  .regex(/^[a-z]+:/, 'must be an identity key like email:jane@example.com');

export const Goal = z.object({
  text: z.string().max(LIMITS.text).optional(),
  amountPerMonth: z.number().nonnegative().max(10_000_000).optional(),
  by: LocalDate.optional(),
  setAt: LocalDate.optional(),
  hoursPerWeek: z.number().nonnegative().max(168).optional(),
});

export const Consent = z.object({
  /** How the user knows it is fine to keep this person's details (GDPR-style note). */
  basis: z.enum(['relationship', 'asked', 'imported', 'unknown']).default('relationship'),
  /** The person asked not to be contacted: suggestions stop. */
  doNotContact: z.boolean().default(false),
  at: LocalDate.optional(),
});

export const ContactSchema = z.object({
  id: z.string().min(1).max(64),
  name: Name,
  role: z.enum(ROLES),
  stage: z.enum(STAGES),
  /** Day 0: enrolment (distributor), first order (customer), first contact (prospect). */
  startedAt: LocalDate,
  birthday: Birthday.optional(),
  /** Identity keys (lib/identity); a multiEntry index makes page lookups one query. */
  identities: z.array(IdentityKey).max(LIMITS.identities).default([]),
  ambition: z.enum(AMBITIONS).optional(),
  commitment: z.enum(COMMITMENTS).optional(),
  hoursPerWeek: z.number().nonnegative().max(168).optional(),
  goal: Goal.optional(),
  autoship: z.boolean().optional(),
  reorderCycleDays: z.number().int().min(1).max(365).optional(),
  upline: z.string().max(LIMITS.name).optional(),
  tags: z.array(z.string().trim().min(1).max(LIMITS.tag)).max(LIMITS.tags).default([]),
  notes: z.string().max(LIMITS.note).default(''),
  /** Personal details known (family, interests...): count toward the friend promotion. */
  details: z.array(z.string().max(LIMITS.text)).max(50).default([]),
  /** The user flagged doubt ("talked about quitting"). */
  doubt: z.boolean().optional(),
  consent: Consent.optional(),
  phones: z.array(z.string().max(40)).max(20).optional(),
  company: z.string().max(LIMITS.text).optional(),
  demo: z.boolean().optional(),
  /** Derived by the engine on every write, stored for the Today index and risk index. */
  nextTouchAt: z.string().optional(),
  nextTouchKind: z.string().optional(),
  risk: z.number().min(0).max(100).default(0),
  riskReasons: z.array(z.string()).optional(),
  /** When the at-risk notification was last raised (raised once per crossing). */
  riskNotifiedAt: Timestamp.optional(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  deletedAt: Timestamp.optional(),
});
export type Contact = z.infer<typeof ContactSchema>;

/** What the user (or an import) gives to create a contact; the rest is filled in. */
export const NewContactSchema = ContactSchema.pick({
  name: true,
  role: true,
  stage: true,
}).extend({
  startedAt: LocalDate.optional(),
  identities: z.array(z.string().max(210)).max(LIMITS.identities).default([]),
  birthday: Birthday.optional(),
  notes: z.string().max(LIMITS.note).optional(),
  tags: z.array(z.string().trim().min(1).max(LIMITS.tag)).max(LIMITS.tags).optional(),
  demo: z.boolean().optional(),
});
export type NewContact = z.input<typeof NewContactSchema>;

export const ContactPatchSchema = ContactSchema.omit({ id: true, createdAt: true, updatedAt: true, deletedAt: true })
  .partial()
  .extend({ birthday: Birthday.nullable().optional(), goal: Goal.nullable().optional() });
export type ContactPatch = z.infer<typeof ContactPatchSchema>;

export { DateOrDateTime };
