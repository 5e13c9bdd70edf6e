import { z } from 'zod';
import { SITE_HOSTS } from '../sites/hosts';
import { ROLES, STAGES, SUGGESTED_KINDS } from './vocabulary';

const siteSwitches = Object.fromEntries(Object.keys(SITE_HOSTS).map((s) => [s, z.boolean().default(true)])) as Record<
  keyof typeof SITE_HOSTS,
  z.ZodDefault<z.ZodBoolean>
>;

/** The user's settings. `playbook` holds per-field overrides of the playbook defaults (lib/engine). */
export const SettingsSchema = z.object({
  id: z.literal('settings').default('settings'),
  myName: z.string().max(200).default(''),
  signature: z.string().max(2_000).default(''),
  teamCallTime: z
    .string()
    .regex(/^\d{2}:\d{2}$/)
    .default('19:00'),
  notifyAt: z
    .string()
    .regex(/^\d{2}:\d{2}$/)
    .default('08:30'),
  notifications: z.boolean().default(true),
  stageChips: z.boolean().default(true),
  sites: z.object(siteSwitches).default(Object.fromEntries(Object.keys(SITE_HOSTS).map((s) => [s, true])) as never),
  defaultCountry: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  backupReminderDays: z.number().int().min(0).max(365).default(30),
  autoBackupWeekly: z.boolean().default(false),
  lastBackupAt: z.number().optional(),
  onboarded: z.boolean().default(false),
  /** The demo contacts seeding added, so the panel counts them without a scan. */
  demoIds: z.array(z.string().max(64)).max(100).default([]),
  theme: z.enum(['system', 'light', 'dark']).default('system'),
  playbook: z.record(z.string(), z.unknown()).default({}),
  updatedAt: z.number().default(0),
});
export type Settings = z.infer<typeof SettingsSchema>;
export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});

export const TemplateSchema = z.object({
  /** `kind`, `kind.role`, `kind.role.stage` or `kind.segment`: the most specific wins. */
  id: z.string().min(1).max(120),
  kind: z.enum(SUGGESTED_KINDS),
  role: z.enum(ROLES).optional(),
  stage: z.enum(STAGES).optional(),
  segment: z.string().max(40).optional(),
  subject: z.string().max(300).optional(),
  body: z.string().min(1).max(5_000),
  updatedAt: z.number().default(0),
});
export type Template = z.infer<typeof TemplateSchema>;
