import { z } from 'zod';
import { CHANNELS, DIRECTIONS, SUGGESTION_STATES, TOUCH_KINDS, WIN_KINDS } from '../model';
import { ContactPatchSchema, NewContactSchema } from '../model/contact';
import { DateOrDateTime, LocalDate } from '../model/dates';
import { appToBg } from './app-protocol';

// zod compiles fast paths with the Function constructor when it can; the extension's CSP forbids
// that, so say so up front rather than letting zod probe (and log a CSP violation) at start-up.
z.config({ jitless: true });

/**
 * The one protocol between Kindred's contexts. Message types are named by direction
 * (`content->bg:*`, `panel->bg:*`, `bg->content:*`, `bg->panel:*`); every receiver validates the
 * payload with these schemas and checks the sender (lib/messaging/senders.ts).
 *
 * Content scripts are untrusted input: their strings are bounded here, and the background
 * normalises every identity key again before it touches the database.
 */
const Id = z.string().min(1).max(64);
const Key = z.string().min(3).max(210);
const Name = z.string().max(200);

export const PersonWire = z.object({
  displayName: Name,
  identities: z.array(Key).min(1).max(20),
  view: z.string().max(40).optional(),
});
export type PersonWire = z.infer<typeof PersonWire>;

export const DiagnosticWire = z.object({
  site: z.string().max(20),
  view: z.string().max(40),
  reason: z.string().max(300),
});

/** content -> bg */
export const contentToBg = {
  'content->bg:peopleFound': z.object({
    url: z.string().max(2_000),
    people: z.array(PersonWire).max(500),
    diagnostic: DiagnosticWire.optional(),
  }),
  'content->bg:openContact': z.object({ contactId: Id }),
} as const;

/** panel (side panel or app page) -> bg */
const sidePanelToBg = {
  'panel->bg:pagePeople': z.object({ tabId: z.number().int().nonnegative().optional() }),
  'panel->bg:scanActiveTab': z.object({ tabId: z.number().int().nonnegative() }),
  'panel->bg:getContact': z.object({ id: Id }),
  'panel->bg:addContact': z.object({ contact: NewContactSchema }),
  'panel->bg:updateContact': z.object({ id: Id, patch: ContactPatchSchema }),
  'panel->bg:addIdentity': z.object({ id: Id, key: Key }),
  'panel->bg:logTouch': z.object({
    contactId: Id,
    kind: z.enum(TOUCH_KINDS),
    direction: z.enum(DIRECTIONS).optional(),
    channel: z.enum(CHANNELS).optional(),
    at: DateOrDateTime.optional(),
    note: z.string().max(10_000).optional(),
  }),
  'panel->bg:deleteTouch': z.object({ id: Id }),
  'panel->bg:logOrder': z.object({
    contactId: Id,
    at: DateOrDateTime.optional(),
    amount: z.number().nonnegative().optional(),
    autoship: z.boolean().optional(),
  }),
  'panel->bg:logWin': z.object({
    contactId: Id,
    kind: z.enum(WIN_KINDS),
    at: DateOrDateTime.optional(),
    note: z.string().max(2_000).optional(),
  }),
  'panel->bg:logTeamCall': z.object({ contactId: Id, at: LocalDate, attended: z.boolean() }),
  'panel->bg:setSuggestion': z.object({
    contactId: Id,
    kind: z.string().min(1).max(40),
    due: LocalDate,
    state: z.enum(SUGGESTION_STATES),
    until: LocalDate.optional(),
    /** For `done`: the touch to log with it. */
    touch: z.object({ kind: z.enum(TOUCH_KINDS), direction: z.enum(DIRECTIONS).optional() }).optional(),
  }),
  /** The Today lists first (TodayLists), then the groups' sizes (TodayTotals): see lib/service/types.ts. */
  'panel->bg:today': z.object({}),
  'panel->bg:todayTotals': z.object({}),
  'panel->bg:search': z.object({ query: z.string().max(200), limit: z.number().int().min(1).max(200).optional() }),
  'panel->bg:listContacts': z.object({}),
  'panel->bg:trash': z.object({ ids: z.array(Id).max(50_000) }),
  'panel->bg:restore': z.object({ ids: z.array(Id).max(50_000) }),
  'panel->bg:getSettings': z.object({}),
  'panel->bg:saveSettings': z.object({ patch: z.record(z.string(), z.unknown()) }),
  'panel->bg:insertDraft': z.object({ tabId: z.number().int().nonnegative(), text: z.string().min(1).max(5_000) }),
  'panel->bg:seedDemo': z.object({}),
  'panel->bg:demoCount': z.object({}),
  'panel->bg:removeDemo': z.object({}),
  'panel->bg:listTemplates': z.object({}),
  'panel->bg:saveTemplate': z.object({ template: z.record(z.string(), z.unknown()) }),
  'panel->bg:resetTemplate': z.object({ id: z.string().min(1).max(120) }),
  /** The view a notification or a chip asked for before the panel was open. */
  'panel->bg:takePending': z.object({}),
} as const;

export const panelToBg = { ...sidePanelToBg, ...appToBg } as const;

/** bg -> content */
export const bgToContent = {
  'bg->content:insertDraft': z.object({ text: z.string().min(1).max(5_000) }),
  'bg->content:rescan': z.object({}),
  'bg->content:settings': z.object({ stageChips: z.boolean() }),
  'bg->content:marks': z.object({
    marks: z.array(z.object({ contactId: Id, stage: z.string().max(20), due: z.boolean() }).nullable()).max(500),
  }),
} as const;

/** bg -> panel (broadcast) */
export const bgToPanel = {
  'bg->panel:changed': z.object({ what: z.enum(['page', 'data', 'settings']), tabId: z.number().int().optional() }),
  'bg->panel:show': z.object({
    view: z.enum(['page', 'today', 'search', 'settings', 'contact']),
    contactId: Id.optional(),
  }),
} as const;

export type ContentToBg = typeof contentToBg;
export type PanelToBg = typeof panelToBg;
export type BgToContent = typeof bgToContent;
export type BgToPanel = typeof bgToPanel;
export type MessageType = keyof ContentToBg | keyof PanelToBg | keyof BgToContent | keyof BgToPanel;
export type Payload<M extends Record<string, z.ZodType>, T extends keyof M> = z.input<M[T]>;

/** The envelope every message travels in. */
export const Envelope = z.object({ type: z.string().max(60), payload: z.unknown() });

/** What every handler answers: never a thrown error across the boundary. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };
