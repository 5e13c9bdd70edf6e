import { emailKey } from '../../identity/basic';
import { cleanName } from '../shared/clean-name';
import { queryAllDeep, textOf } from '../shared/deep-query';
import { dedupePeople, PeopleCount, withoutViewer } from '../shared/people';
import { unitsDeep } from '../shared/region';
import { EVERYWHERE, type Near } from '../shared/window';
import type { FindResult, PersonOnPage, ViewerInfo } from '../types';
import {
  ACCOUNT_BUTTON,
  COMPOSE_CHIP,
  COMPOSE_CONTAINER,
  LIST_ROW,
  ME_NAMES,
  MESSAGE_BODY,
  OLD_COMPOSE_CHIP_INPUT,
  PERSON,
  SHADOW_HOSTS,
} from './selectors';

type Root = Document | ShadowRoot | Element;

/** Enough for any real mailbox page; a hostile page cannot make us walk more. */
export const MAX_ELEMENTS = 3000;
const EMAIL_IN_TEXT = /[^\s@<>()[\]"',;:]+@[^\s@<>()[\]"',;:]+\.[a-z]{2,}/i;
const EMAIL_ONLY = /^[^\s@<>()[\]"',;:]+@[^\s@<>()[\]"',;:]+\.[a-z]{2,}$/i;
/** Machine senders nobody keeps a relationship with. */
const NO_REPLY = /^(no-?reply|do-?not-?reply|mailer-daemon|postmaster)([-+._][^@]*)?@/i;

function docOf(root: Root): Document | null {
  // nodeType, not instanceof: a DOMParser or iframe document has another realm's Document.
  return root.nodeType === 9 ? (root as Document) : (root.ownerDocument ?? null);
}

function addEmailKey(keys: Set<string>, raw: string | null | undefined) {
  const match = raw?.match(EMAIL_IN_TEXT);
  const key = match ? emailKey(match[0]) : null;
  if (key) keys.add(key);
}

/** Every hook the parser reads, in one selector: one query of the page (or a region) finds them all. */
export const GMAIL_HOOKS = [PERSON, COMPOSE_CHIP, OLD_COMPOSE_CHIP_INPUT, ACCOUNT_BUTTON].join(', ');

/** The hooks but the senders' spans: compose chips, old compose inputs, the account button. */
const OTHER_HOOKS = [COMPOSE_CHIP, OLD_COMPOSE_CHIP_INPUT, ACCOUNT_BUTTON].join(', ');

/** A page's (or region's) hook elements sorted by kind, each element tested once per kind. */
export interface GmailHooks {
  spans: Element[];
  chips: Element[];
  inputs: Element[];
  accounts: Element[];
}

export function sortHooks(all: Element[]): GmailHooks {
  const hooks: GmailHooks = { spans: [], chips: [], inputs: [], accounts: [] };
  for (let i = 0; i < all.length; i++) {
    const el = all[i]!; // by index: see elementsOf
    if (el.matches(PERSON)) hooks.spans.push(el);
    if (el.matches(COMPOSE_CHIP)) hooks.chips.push(el);
    if (el.matches(OLD_COMPOSE_CHIP_INPUT)) hooks.inputs.push(el);
    if (el.matches(ACCOUNT_BUTTON)) hooks.accounts.push(el);
  }
  return hooks;
}

/** The account's keys the markup shows: the account button's label, `name="me"` chips. */
export function gmailViewerKeysIn(hooks: GmailHooks): Set<string> {
  const keys = new Set<string>();
  for (const a of hooks.accounts.slice(0, 5)) addEmailKey(keys, a.getAttribute('aria-label'));
  for (const el of hooks.spans) {
    if (ME_NAMES.has((el.getAttribute('name') ?? '').trim().toLowerCase())) addEmailKey(keys, el.getAttribute('email'));
  }
  return keys;
}

/** The logged-in account: `<title>… - me@x.com - Gmail</title>`, the account button, `name="me"`. */
function gmailViewerKeys(root: Root, hooks: GmailHooks): Set<string> {
  const keys = gmailViewerKeysIn(hooks);
  // "<subject> - me@x.com - Gmail" (Workspace: "- <Org> Mail"): the part before the last, when it
  // is an address and nothing else (a subject may hold someone else's address).
  const parts = (docOf(root)?.title ?? '').slice(0, 1000).split(/\s+[-–]\s+/);
  const owner = parts.length >= 3 ? parts.at(-2)?.trim() : undefined;
  if (owner && EMAIL_ONLY.test(owner)) addEmailKey(keys, owner);
  return keys;
}

/** What region scans need from the whole page (ViewerInfo): its viewer keys, and whether the scan stopped at its bound. */
export function gmailViewerOf(root: Root, hooks: GmailHooks): ViewerInfo {
  return { keys: gmailViewerKeys(root, hooks), bounded: hooks.spans.length > MAX_ELEMENTS };
}

function nameOf(el: Element, email: string): string {
  const attr = el.getAttribute('name') ?? el.getAttribute('data-name') ?? '';
  const name = cleanName(attr) || cleanName(textOf(el, 200));
  if (!name || EMAIL_IN_TEXT.test(name) || ME_NAMES.has(name.toLowerCase())) return email;
  return name;
}

function viewOf(el: Element): string {
  if (el.closest(COMPOSE_CONTAINER)) return 'compose';
  if (el.closest(LIST_ROW)) return 'inbox';
  return 'thread';
}

function person(el: Element, rawEmail: string | null, view?: string): PersonOnPage | null {
  if (!rawEmail || NO_REPLY.test(rawEmail.trim())) return null;
  const key = emailKey(rawEmail);
  if (!key) return null;
  const email = key.slice('email:'.length);
  return { displayName: nameOf(el, email), identities: [key], view: view ?? viewOf(el), anchor: el };
}

/** "Alex Rivera <alex@example.com>" from an old chip's hidden input. */
function personFromAddress(input: Element): PersonOnPage | null {
  const value = (input.getAttribute('value') ?? '').slice(0, 500);
  const email = value.match(EMAIL_IN_TEXT)?.[0] ?? null;
  const p = person(input.parentElement ?? input, email, 'compose');
  if (p) {
    const name = cleanName(value.replace(/<[^>]*>/g, '').replace(/"/g, ''));
    p.displayName = name && !EMAIL_IN_TEXT.test(name) ? name : p.identities[0]!.slice('email:'.length);
  }
  return p;
}

/** `#inbox/<threadId>`, `#label/x/<id>`, `#search/q/<id>`: a thread, so people should be here. */
export function isThreadUrl(url: string): boolean {
  const hash = url.split('#')[1] ?? '';
  const segs = hash.split('?')[0]?.split('/') ?? [];
  const last = segs.at(-1) ?? '';
  return segs.length >= 2 && /^(thread-[af]:\d+|msg-[af]:\d+|[A-Za-z]{16,}|[0-9a-f]{16})$/.test(last);
}

/**
 * The people among the hook elements of a page or a region (before dedupe and the viewer). Reading
 * stops once `count` is full: a full scan keeps only the first people (lib/sites/page-people.ts
 * KEEP), and reading all 3,000 rows of a big inbox cost ~25 ms of the page's time for people never sent.
 */
export function gmailCandidates(hooks: GmailHooks, count = new PeopleCount()): PersonOnPage[] {
  const found: PersonOnPage[] = [];
  const take = (p: PersonOnPage | null) => {
    if (p) found.push(p);
    count.add(p);
  };
  for (const el of hooks.spans.slice(0, MAX_ELEMENTS)) {
    if (count.full) return found;
    if (el.closest(MESSAGE_BODY)) continue; // a mail's own content is not a header
    take(person(el, el.getAttribute('email')));
  }
  for (const chip of hooks.chips.slice(0, MAX_ELEMENTS)) {
    if (count.full) return found;
    if (!chip.closest(COMPOSE_CONTAINER) && !chip.closest('.anm')) continue;
    const raw = chip.getAttribute('data-hovercard-id') ?? chip.getAttribute('data-name');
    if (raw?.includes('@')) take(person(chip, raw, 'compose'));
  }
  for (const input of hooks.inputs.slice(0, MAX_ELEMENTS)) {
    if (count.full) return found;
    take(personFromAddress(input));
  }
  return found;
}

export function findGmailPeople(root: Root, url: string, limit?: number, near: Near = EVERYWHERE): FindResult {
  // The senders' spans, thousands in a long inbox, are read near the screen from the page's own
  // NodeList (only those read get a script object: as an array sorted by kind, 6,000 spans cost
  // ~10 ms a full scan); the other hooks (compose chips in a dialog fixed over the page, the
  // account button) are few and always read. The viewer comes from the same elements.
  const hooks = {
    ...sortHooks(queryAllDeep(root, OTHER_HOOKS, SHADOW_HOSTS)),
    spans: near(unitsDeep(root, PERSON, SHADOW_HOSTS)),
  };
  const spans = hooks.spans;
  const viewer = gmailViewerOf(root, hooks);
  const people = withoutViewer(dedupePeople(gmailCandidates(hooks, new PeopleCount(limit, viewer.keys))), viewer.keys);
  if (people.length === 0 && spans.length === 0 && isThreadUrl(url)) {
    return {
      people,
      diagnostic: { site: 'gmail', view: 'thread', reason: 'thread URL but no span[email] sender/recipient found' },
      viewer,
    };
  }
  const rows = people.length === 0 && spans.length === 0 ? queryAllDeep(root, LIST_ROW, SHADOW_HOSTS).length : 0;
  if (rows > 0) {
    return {
      people,
      diagnostic: { site: 'gmail', view: 'inbox', reason: `${rows} list rows but no span[email] in them` },
      viewer,
    };
  }
  return { people, viewer };
}
