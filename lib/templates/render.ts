import { differenceInCalendarDays, format, isValid, parseISO } from 'date-fns';
import type { Template } from '../model/settings';
import type { Ambition, Commitment, Role, Stage, SuggestedKind } from '../model/vocabulary';
import { segmentOf } from '../segments';
import { DEFAULT_TEMPLATES } from './defaults';

/* ============================== picking ============================== */

/** What a template is picked by: the contact's role, stage and segment (all optional). */
export interface TemplateContext {
  role?: Role;
  stage?: Stage;
  segment?: string | null;
}

/** A suggested kind, or an engine `templateKey` such as `goal_check.end` (read by its kind). */
export type TemplateKindKey = SuggestedKind | `${SuggestedKind}.${string}`;

/**
 * The templates in force: the defaults, each replaced by the user's template with the same id,
 * then the user's templates with new ids.
 */
export function mergeTemplates(
  user: readonly Template[],
  defaults: readonly Template[] = DEFAULT_TEMPLATES,
): Template[] {
  const byId = new Map<string, Template>();
  for (const t of defaults) byId.set(t.id, t);
  for (const t of user) byId.set(t.id, t);
  return [...byId.values()];
}

const sameText = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** How specific a template is for a context: null when it does not apply. */
function specificity(t: Template, ctx: TemplateContext): number | null {
  if (t.role && t.role !== ctx.role) return null;
  if (t.stage && t.stage !== ctx.stage) return null;
  if (t.segment && !(ctx.segment && sameText(t.segment, ctx.segment))) return null;
  // segment > role + stage > role > stage > kind
  return (t.segment ? 4 : 0) + (t.role ? 2 : 0) + (t.stage ? 1 : 0);
}

/**
 * The template to draft a touch of `kind` with: the most specific one that applies
 * (segment > role + stage > role > kind). `templates` are the user's edits: one with the id of a
 * default replaces it; at equal specificity the user's own wins, then the most recently updated.
 * A template whose body is blank is skipped, so the next less specific one is used.
 */
export function pickTemplate(
  templates: readonly Template[],
  kind: TemplateKindKey,
  ctx: TemplateContext = {},
  defaults: readonly Template[] = DEFAULT_TEMPLATES,
): Template {
  const k = kind.split('.')[0] as SuggestedKind;
  const userIds = new Set(templates.map((t) => t.id));
  let best: { t: Template; score: number; user: boolean } | undefined;
  for (const t of mergeTemplates(templates, defaults)) {
    if (t.kind !== k || !t.body.trim()) continue;
    const score = specificity(t, ctx);
    if (score === null) continue;
    const user = userIds.has(t.id);
    if (
      !best ||
      score > best.score ||
      (score === best.score && user && !best.user) ||
      (score === best.score && user === best.user && (t.updatedAt ?? 0) > (best.t.updatedAt ?? 0))
    ) {
      best = { t, score, user };
    }
  }
  // Unreachable with the defaults (every kind has one); kept so callers always get a draft.
  return best?.t ?? { id: k, kind: k, body: 'Hi {firstName},\n\n{myName}', updatedAt: 0 };
}

/* ============================== rendering ============================== */

/** The values a template's placeholders are filled with (display-ready strings). */
export interface TemplateValues {
  firstName: string;
  fullName: string;
  myName: string;
  /** The user's sign-off; falls back to myName. */
  signature: string;
  /** The goal in the person's words (templateValues quotes it). */
  goal?: string;
  /** Money a month, formatted ("1,000"); a number is formatted on rendering. */
  goalAmount?: string | number;
  /** Calendar days from now to the goal's date; rendered as at least 0. */
  daysToGoal?: number;
  /** The team call's weekday, capitalised ("Tuesday"). */
  teamCallDay?: string;
  teamCallTime?: string;
  /** "March 15". */
  birthday?: string;
  lastOrderDate?: string;
  reorderDate?: string;
  /** A win kind (`first_sale`...), rendered as a phrase ("your first sale"), or a phrase of its own. */
  winKind?: string;
  segment?: string;
}

export type PlaceholderName = keyof TemplateValues;

export const PLACEHOLDERS: readonly PlaceholderName[] = [
  'firstName',
  'fullName',
  'myName',
  'signature',
  'goal',
  'goalAmount',
  'daysToGoal',
  'teamCallDay',
  'teamCallTime',
  'birthday',
  'lastOrderDate',
  'reorderDate',
  'winKind',
  'segment',
];

/** What a known placeholder says when its value is missing, so a draft never has a hole. */
export const PLACEHOLDER_FALLBACKS: Readonly<Record<PlaceholderName, string>> = {
  firstName: 'there',
  fullName: 'there',
  myName: 'me',
  signature: '',
  goal: 'your goal',
  goalAmount: 'a set amount',
  daysToGoal: 'a few',
  teamCallDay: 'the usual day',
  teamCallTime: 'the usual time',
  birthday: 'your birthday',
  lastOrderDate: 'your last order',
  reorderDate: 'soon',
  winKind: 'your good news',
  segment: 'your plan',
};

const WIN_PHRASES: Record<string, string> = {
  first_sale: 'your first sale',
  first_sponsor: 'your first team member',
  rank_advance: 'your new rank',
  goal_reached: 'reaching your goal',
  habit_milestone: "the milestone you've reached",
  personal: 'your good news',
};

/** Placeholders whose line is dropped when they stand alone on it with no value (a sign-off). */
const SIGN_OFF: ReadonlySet<PlaceholderName> = new Set(['myName', 'signature']);

const BY_LOWER = new Map(PLACEHOLDERS.map((p) => [p.toLowerCase(), p] as const));

/** `{name}`, `{ name }` or `{{name}}`. */
const PLACEHOLDER_RE = /\{\{\s*([A-Za-z_][\w]*)\s*\}\}|\{\s*([A-Za-z_][\w]*)\s*\}/g;

const clean = (v: string | number | undefined): string =>
  typeof v === 'number' ? (Number.isFinite(v) ? String(v) : '') : (v ?? '').trim();

/** The rendered value of a known placeholder, '' when there is none. */
function placeholderValue(name: PlaceholderName, values: TemplateValues): string {
  switch (name) {
    case 'signature':
      return clean(values.signature) || clean(values.myName);
    case 'fullName':
      return clean(values.fullName) || clean(values.firstName);
    case 'daysToGoal': {
      const d = values.daysToGoal;
      return typeof d === 'number' && Number.isFinite(d) ? String(Math.max(0, Math.round(d))) : '';
    }
    case 'goalAmount': {
      const a = values.goalAmount;
      return typeof a === 'number' ? formatAmount(a) : clean(a);
    }
    case 'winKind': {
      const w = clean(values.winKind);
      return WIN_PHRASES[w] ?? w;
    }
    default:
      return clean(values[name]);
  }
}

function formatAmount(n: number): string {
  if (!Number.isFinite(n)) return '';
  return new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(n);
}

function renderText(text: string, values: TemplateValues, missing: Set<string>): string {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const alone = /^\s*\{\{?\s*([A-Za-z_]\w*)\s*\}?\}\s*$/.exec(line);
    const aloneName = alone ? BY_LOWER.get(alone[1]!.toLowerCase()) : undefined;
    if (aloneName && SIGN_OFF.has(aloneName) && !placeholderValue(aloneName, values)) continue;
    out.push(
      line.replace(PLACEHOLDER_RE, (match, double?: string, single?: string) => {
        const raw = (double ?? single)!;
        const name = BY_LOWER.get(raw.toLowerCase());
        if (!name) {
          missing.add(raw);
          return match;
        }
        return placeholderValue(name, values) || PLACEHOLDER_FALLBACKS[name];
      }),
    );
  }
  return out
    .join('\n')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Fills a template's placeholders. An unknown placeholder stays visible (`{nickname}`) and is
 * listed in `missing`; a known one without a value reads as a fallback ("your goal"), and a
 * sign-off line with no name at all is dropped. Values are inserted once, never re-read.
 */
export function renderTemplate(
  template: Pick<Template, 'subject' | 'body'>,
  values: TemplateValues,
): { subject?: string; body: string; missing: string[] } {
  const missing = new Set<string>();
  const body = renderText(template.body, values, missing);
  const subject = template.subject?.trim() ? renderText(template.subject, values, missing) : undefined;
  return { ...(subject !== undefined ? { subject } : {}), body, missing: [...missing] };
}

/* ============================== values ============================== */

/** What templateValues reads from a contact (a Contact fits). */
export interface TemplateContactLike {
  name: string;
  birthday?: string;
  goal?: { text?: string; amountPerMonth?: number; by?: string; hoursPerWeek?: number } | null;
  ambition?: Ambition;
  commitment?: Commitment;
  hoursPerWeek?: number;
}

/** What templateValues reads from the settings (Settings fits; the weekday may sit in `playbook`). */
export interface TemplateSettingsLike {
  myName?: string;
  signature?: string;
  teamCallTime?: string;
  teamCallWeekday?: string | null;
  playbook?: Record<string, unknown>;
}

/** Values that belong to the suggestion rather than the contact. Dates as yyyy-MM-dd. */
export interface TemplateExtras {
  winKind?: string;
  lastOrderDate?: string;
  reorderDate?: string;
}

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'madam']);

/** The first name from a full name: "Lopez, Maria" and "Dr. Maria Lopez" give "Maria". */
export function firstNameOf(fullName: string): string {
  let name = fullName.trim();
  const comma = name.split(',');
  if (comma.length === 2 && /^\S+$/.test(comma[0]!.trim()) && /\p{L}/u.test(comma[1]!)) name = comma[1]!.trim();
  for (const raw of name.split(/\s+/)) {
    const token = raw.replace(/^[^\p{L}\p{M}]+|[^\p{L}\p{M}]+$/gu, '');
    if (!token || HONORIFICS.has(token.toLowerCase())) continue;
    if (token.length > 2 && (token === token.toLowerCase() || token === token.toUpperCase())) {
      return token.charAt(0).toUpperCase() + token.slice(1).toLowerCase();
    }
    return token;
  }
  return '';
}

function localDate(value: string | undefined): Date | undefined {
  if (!value) return undefined;
  const v = value.trim();
  const d = v.startsWith('--') ? parseISO(`2000-${v.slice(2, 7)}`) : parseISO(v.slice(0, 10));
  return isValid(d) ? d : undefined;
}

/** "2026-03-15" (or "--03-15") as "March 15"; anything else is kept as written. */
function displayDate(value: string | undefined): string | undefined {
  if (!value?.trim()) return undefined;
  const d = localDate(value);
  return d && /^(--|\d{4}-)\d{2}-\d{2}/.test(value.trim()) ? format(d, 'MMMM d') : value.trim();
}

function capitalise(s: string | undefined): string | undefined {
  const v = s?.trim();
  return v ? v.charAt(0).toUpperCase() + v.slice(1).toLowerCase() : undefined;
}

/**
 * The values to render a contact's templates with. Pure: `now` (yyyy-MM-dd or a date-time) is
 * passed in. daysToGoal counts calendar days from now to the goal's date (negative once passed).
 */
export function templateValues(
  contact: TemplateContactLike,
  settings: TemplateSettingsLike,
  now: string,
  extras: TemplateExtras = {},
): TemplateValues {
  const fullName = contact.name.trim();
  const myName = settings.myName?.trim() ?? '';
  const goal = contact.goal ?? undefined;
  const goalText = goal?.text?.trim().replace(/[.!\s]+$/, '');
  const today = localDate(now);
  const by = localDate(goal?.by);
  const weekday =
    settings.teamCallWeekday ??
    (typeof settings.playbook?.teamCallWeekday === 'string' ? settings.playbook.teamCallWeekday : undefined);
  const segment = segmentOf(contact.ambition, contact.commitment, contact.hoursPerWeek ?? goal?.hoursPerWeek);

  const values = {
    firstName: firstNameOf(fullName),
    fullName,
    myName,
    signature: settings.signature?.trim() || myName,
    goal: goalText ? `"${goalText}"` : undefined,
    goalAmount: typeof goal?.amountPerMonth === 'number' ? formatAmount(goal.amountPerMonth) : undefined,
    daysToGoal: today && by ? differenceInCalendarDays(by, today) : undefined,
    teamCallDay: capitalise(weekday ?? undefined),
    teamCallTime: weekday ? settings.teamCallTime?.trim() || undefined : undefined,
    birthday: displayDate(contact.birthday),
    lastOrderDate: displayDate(extras.lastOrderDate),
    reorderDate: displayDate(extras.reorderDate),
    winKind: extras.winKind?.trim() || undefined,
    segment: segment ?? undefined,
  };
  // Free of undefined keys: easier to compare, store and log.
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as unknown as TemplateValues;
}
