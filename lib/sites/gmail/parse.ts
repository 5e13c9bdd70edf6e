import { emailKey } from '../../identity/basic';
import { cleanName } from '../shared/clean-name';
import { queryAllDeep, textOf } from '../shared/deep-query';
import { dedupePeople, withoutViewer } from '../shared/people';
import type { FindResult, PersonOnPage } from '../types';
import {
  ACCOUNT_BUTTON,
  COMPOSE_CHIP,
  COMPOSE_CONTAINER,
  LIST_ROW,
  ME_NAMES,
  MESSAGE_BODY,
  OLD_COMPOSE_CHIP_INPUT,
  PERSON,
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

/** The account's keys the markup shows: the account button's label, `name="me"` chips. */
export function gmailViewerKeysIn(elements: Element[]): Set<string> {
  const keys = new Set<string>();
  for (const a of elements.filter((el) => el.matches(ACCOUNT_BUTTON)).slice(0, 5))
    addEmailKey(keys, a.getAttribute('aria-label'));
  for (const el of elements) {
    if (el.matches(PERSON) && ME_NAMES.has((el.getAttribute('name') ?? '').trim().toLowerCase())) {
      addEmailKey(keys, el.getAttribute('email'));
    }
  }
  return keys;
}

/** The logged-in account: `<title>… - me@x.com - Gmail</title>`, the account button, `name="me"`. */
export function gmailViewerKeys(root: Root, elements?: Element[]): Set<string> {
  const all = elements ?? queryAllDeep(root, `${ACCOUNT_BUTTON}, ${PERSON}`).slice(0, MAX_ELEMENTS);
  const keys = gmailViewerKeysIn(all);
  // "<subject> - me@x.com - Gmail" (Workspace: "- <Org> Mail"): the part before the last, when it
  // is an address and nothing else (a subject may hold someone else's address).
  const parts = (docOf(root)?.title ?? '').slice(0, 1000).split(/\s+[-–]\s+/);
  const owner = parts.length >= 3 ? parts.at(-2)?.trim() : undefined;
  if (owner && EMAIL_ONLY.test(owner)) addEmailKey(keys, owner);
  return keys;
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

/** Every hook the parser reads, in one selector: one walk of the page (or a region) finds them all. */
export const GMAIL_HOOKS = [PERSON, COMPOSE_CHIP, OLD_COMPOSE_CHIP_INPUT, ACCOUNT_BUTTON].join(', ');

/** The people among the hook elements of a page or a region (before dedupe and the viewer). */
export function gmailCandidates(all: Element[]): PersonOnPage[] {
  const found: PersonOnPage[] = [];
  const spans = all.filter((el) => el.matches(PERSON)).slice(0, MAX_ELEMENTS);
  for (const el of spans) {
    if (el.closest(MESSAGE_BODY)) continue; // a mail's own content is not a header
    const p = person(el, el.getAttribute('email'));
    if (p) found.push(p);
  }
  for (const chip of all.filter((el) => el.matches(COMPOSE_CHIP)).slice(0, MAX_ELEMENTS)) {
    if (!chip.closest(COMPOSE_CONTAINER) && !chip.closest('.anm')) continue;
    const raw = chip.getAttribute('data-hovercard-id') ?? chip.getAttribute('data-name');
    if (raw?.includes('@')) {
      const p = person(chip, raw, 'compose');
      if (p) found.push(p);
    }
  }
  for (const input of all.filter((el) => el.matches(OLD_COMPOSE_CHIP_INPUT)).slice(0, MAX_ELEMENTS)) {
    const p = personFromAddress(input);
    if (p) found.push(p);
  }
  return found;
}

export function findGmailPeople(root: Root, url: string): FindResult {
  // One walk of the document (and its open shadow roots) for every hook, then sorted by kind.
  const all = queryAllDeep(root, GMAIL_HOOKS);
  const spans = all.filter((el) => el.matches(PERSON)).slice(0, MAX_ELEMENTS);
  const found = gmailCandidates(all);
  const people = withoutViewer(
    dedupePeople(found),
    gmailViewerKeys(
      root,
      all.filter((el) => el.matches(ACCOUNT_BUTTON) || el.matches(PERSON)),
    ),
  );
  if (people.length === 0 && spans.length === 0 && isThreadUrl(url)) {
    return {
      people,
      diagnostic: { site: 'gmail', view: 'thread', reason: 'thread URL but no span[email] sender/recipient found' },
    };
  }
  const rows = people.length === 0 && spans.length === 0 ? queryAllDeep(root, LIST_ROW).length : 0;
  if (rows > 0) {
    return {
      people,
      diagnostic: { site: 'gmail', view: 'inbox', reason: `${rows} list rows but no span[email] in them` },
    };
  }
  return { people };
}
