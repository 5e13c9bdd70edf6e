import { emailKey } from '../../identity/basic';
import { cleanName } from '../shared/clean-name';
import { queryAllDeep, textOf } from '../shared/deep-query';
import { dedupePeople, withoutViewer } from '../shared/people';
import type { FindResult, PersonOnPage, ViewerInfo } from '../types';
import {
  COMPOSE_FORM,
  MESSAGE_BODY,
  MESSAGE_LIST_ROW,
  PERSON_ATTR,
  READING_PANE,
  SHADOW_HOSTS,
  VIEWER,
} from './selectors';

type Root = Document | ShadowRoot | Element;

export const MAX_ELEMENTS = 3000;
const MAX_TEXT_NODES = 20_000;
const EMAIL = /[^\s@<>()[\]"',;:]+@[^\s@<>()[\]"',;:]+\.[a-z]{2,}/i;
/** "Alex Rivera <alex@example.com>" as Outlook writes a sender in the reading pane. */
const NAME_AND_ADDRESS = /^\s*"?([^<>"]{1,200}?)"?\s*<([^<>\s]+@[^<>\s]+)>\s*$/;
const CONTAINER_ROLES =
  '[role="option"], [role="row"], [role="listbox"], [role="main"], [role="region"], [role="document"]';
const NO_REPLY = /^(no-?reply|do-?not-?reply|mailer-daemon|postmaster)([-+._][^@]*)?@/i;

function viewOf(el: Element): string {
  if (el.closest(COMPOSE_FORM) || el.closest('[contenteditable="true"]:not([aria-multiline="true"])')) return 'compose';
  if (el.closest(MESSAGE_LIST_ROW)) return 'list';
  return 'reading';
}

function make(el: Element, rawEmail: string | undefined, rawName: string): PersonOnPage | null {
  if (!rawEmail || NO_REPLY.test(rawEmail)) return null;
  const key = emailKey(rawEmail);
  if (!key) return null;
  let name = cleanName(rawName.replace(EMAIL, ' ').replace(/[<>()]/g, ' '));
  // "From: Alex" / "Von: Alex": an aria-label's leading "Label:" is UI text, not the name.
  name = name.replace(/^[^\s:]{1,12}:\s*/, '');
  return { displayName: name || key.slice(6), identities: [key], view: viewOf(el), anchor: el };
}

function fromAttributes(el: Element): PersonOnPage | null {
  const href = el.getAttribute('href');
  const sources = [
    el.getAttribute('data-email'),
    href?.replace(/^mailto:/i, ''),
    el.getAttribute('title'),
    el.getAttribute('aria-label'),
  ];
  const email = sources.map((s) => s?.slice(0, 300).match(EMAIL)?.[0]).find(Boolean);
  const text = textOf(el, 200);
  const label = el.getAttribute('aria-label') ?? '';
  const name = text && !EMAIL.test(text) ? text : label.replace(EMAIL, '');
  return make(el, email, name.match(NAME_AND_ADDRESS)?.[1] ?? name);
}

/** Text nodes written "Name <address>" in the reading pane's headers (not in a body). */
export function outlookFromText(scope: Element | Document | ShadowRoot, out: PersonOnPage[]) {
  const doc = scope.nodeType === 9 ? (scope as Document) : scope.ownerDocument;
  if (!doc) return;
  const walker = doc.createTreeWalker(scope, 4 /* NodeFilter.SHOW_TEXT */);
  let seen = 0;
  for (let node = walker.nextNode(); node && seen < MAX_TEXT_NODES; node = walker.nextNode()) {
    seen++;
    const value = node.nodeValue ?? '';
    if (value.length > 400 || !value.includes('@')) continue;
    const m = value.match(NAME_AND_ADDRESS);
    const parent = node.parentElement;
    if (!m || !parent || parent.closest(MESSAGE_BODY)) continue;
    const p = make(parent, m[2], m[1] ?? '');
    if (p) out.push(p);
  }
}

export function outlookViewerKeys(root: Root): Set<string> {
  const keys = new Set<string>();
  for (const el of queryAllDeep(root, VIEWER, SHADOW_HOSTS).slice(0, 10)) {
    for (const raw of [el.getAttribute('aria-label'), el.getAttribute('title'), textOf(el, 300)]) {
      const m = raw?.match(EMAIL);
      const key = m ? emailKey(m[0]) : null;
      if (key) keys.add(key);
    }
  }
  return keys;
}

/** `/mail/inbox/id/<itemId>`, `/mail/0/id/…`, `/mail/deeplink/read/…`: one message is open. */
export function isReadingUrl(url: string): boolean {
  return /\/mail\/(.+\/)?(id|read)\/[^/?#]{8,}/.test(url);
}

/** The people written in persona attributes among `elements` (not in a body, the account, a container). */
export function outlookFromAttributes(elements: Element[], found: PersonOnPage[]): void {
  for (const el of elements.slice(0, MAX_ELEMENTS)) {
    if (el.closest(MESSAGE_BODY) || el.closest(VIEWER) || el.matches(CONTAINER_ROLES)) continue;
    // A whole row or pane with an address somewhere in its label is not a persona.
    if ((el.textContent?.length ?? 0) > 300) continue;
    const p = fromAttributes(el);
    if (p) found.push(p);
  }
}

/** What region scans need from the page: the viewer's keys, and whether a full scan stops at its bound. */
export function outlookViewerOf(keys: Iterable<string>, personas: number): ViewerInfo {
  return { keys: new Set(keys), bounded: personas > MAX_ELEMENTS };
}

export function findOutlookPeople(root: Root, url: string): FindResult {
  const found: PersonOnPage[] = [];
  const viewerKeys = outlookViewerKeys(root);
  const personas = queryAllDeep(root, PERSON_ATTR, SHADOW_HOSTS);
  outlookFromAttributes(personas, found);
  const panes = queryAllDeep(root, READING_PANE, SHADOW_HOSTS).slice(0, 5);
  for (const pane of panes) outlookFromText(pane, found);
  const people = withoutViewer(dedupePeople(found), viewerKeys);
  // learnt on the way: the full scan need not query the page again
  const viewer = root.nodeType === 9 ? { viewer: outlookViewerOf(viewerKeys, personas.length) } : {};
  if (people.length === 0 && isReadingUrl(url)) {
    return {
      people,
      diagnostic: {
        site: 'outlook',
        view: 'reading',
        reason: panes.length
          ? 'reading pane shows no sender address'
          : 'no reading pane (#ReadingPaneContainerId) found',
      },
      ...viewer,
    };
  }
  return { people, ...viewer };
}
