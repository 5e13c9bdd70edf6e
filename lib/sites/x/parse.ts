import { cleanName } from '../shared/clean-name';
import { shadowRootsThisTask, textOf } from '../shared/deep-query';
import { dedupePeople, withoutViewer } from '../shared/people';
import { beyond, selfAndBelow, unitsOf } from '../shared/region';
import { EVERYWHERE, type Near } from '../shared/window';
import type { FindResult, PersonOnPage, ViewerInfo } from '../types';
import { xKey } from './keys';
import { HANDLE_TEXT, LIMITS, SHADOW_HOSTS, X } from './selectors';

type Root = Document | ShadowRoot | Element;

export type XView = 'profile' | 'chat' | 'timeline';

export function xView(url: string): XView {
  try {
    const path = new URL(url).pathname;
    if (/^\/i\/chat(\/|$)/.test(path) || /^\/messages(\/|$)/.test(path)) return 'chat';
    if (xKey(url)) return 'profile';
  } catch {
    // not a URL
  }
  return 'timeline';
}

const handleUrl = (handle: string) => `https://x.com/${handle}`;

/** The viewer's keys: the nav "Profile" link and the account switcher's avatar test id. */
export function xViewerKeys(root: Root, url: string): string[] {
  const keys = new Set<string>();
  for (const a of selfAndBelow(root, X.viewerProfileLink)) {
    const key = xKey(a.getAttribute('href'), url);
    if (key) keys.add(key);
  }
  for (const el of selfAndBelow(root, X.viewerSwitcherAvatar)) {
    const handle = (el.getAttribute('data-testid') ?? '').slice(X.avatarPrefix.length);
    const key = xKey(handleUrl(handle));
    if (key) keys.add(key);
  }
  return [...keys];
}

/** The first text block (display name) of an author block, cleaned. */
function displayName(block: Element): string {
  for (const el of [...block.querySelectorAll(X.textBlock)].slice(0, 6)) {
    const text = textOf(el, 200);
    if (text && !text.startsWith('@')) return cleanName(text);
  }
  return '';
}

/**
 * The "@handle" shown in an author block. Each text block is read on its own: X puts blocks side
 * by side with no whitespace, so the block's whole textContent runs "@pablo_r" into the next word.
 * Falls back to the avatar's `UserAvatar-Container-<handle>` test id (capture).
 */
function handleIn(block: Element): string | null {
  for (const el of [...block.querySelectorAll(X.textBlock)].slice(0, 30)) {
    const m = HANDLE_TEXT.exec(textOf(el, 60));
    if (m) return xKey(handleUrl(m[1]!));
  }
  const avatar = block.querySelector(`[data-testid^="${X.avatarPrefix}"]`)?.getAttribute('data-testid') ?? '';
  return avatar ? xKey(handleUrl(avatar.slice(X.avatarPrefix.length))) : null;
}

function profile(root: Root, url: string): PersonOnPage[] {
  const key = xKey(url);
  if (!key) return [];
  const block = root.querySelector(X.profileName);
  // after SPA navigation the old header may linger: its @handle must be this URL's
  const fresh = block && handleIn(block) === key;
  let name = fresh ? displayName(block) : '';
  if (!name) {
    const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
    const m = /^(?:\(\d+\+?\)\s*)?(.*?)\s*\(@([A-Za-z0-9_]{1,15})\)/.exec(doc?.title ?? '');
    if (m && xKey(handleUrl(m[2]!)) === key) name = cleanName(m[1]);
  }
  if (!name) return [];
  return [{ displayName: name, identities: [key], view: 'profile', anchor: (fresh && block) || undefined }];
}

/** The author of each post (timelines, threads, quoted posts). */
export function posts(root: Root, url: string, near: Near = EVERYWHERE): PersonOnPage[] {
  const people: PersonOnPage[] = [];
  for (const block of near(unitsOf(root, X.postAuthor)).slice(0, LIMITS.posts)) {
    let key: string | null = null;
    for (const a of block.querySelectorAll('a[href]')) {
      key = xKey(a.getAttribute('href'), url);
      if (key) break;
    }
    key ??= handleIn(block);
    const name = displayName(block);
    if (key && name) people.push({ displayName: name, identities: [key], view: 'post', anchor: block });
  }
  return people;
}

/** XChat header (in open shadow roots) and legacy DM inbox rows. */
export function chat(scopes: Root[], url: string): PersonOnPage[] {
  const people: PersonOnPage[] = [];
  for (const scope of scopes) {
    for (const a of selfAndBelow(scope, X.chatHeaderLink)) {
      const key = xKey(a.getAttribute('href'), url);
      const nameEl = a.querySelector(X.chatHeaderName) ?? scope.querySelector(X.chatHeaderName);
      const name = cleanName(textOf(nameEl, 200));
      if (key && name) people.push({ displayName: name, identities: [key], view: 'dm', anchor: nameEl ?? a });
    }
    for (const row of selfAndBelow(scope, X.legacyConversation).slice(0, LIMITS.rows)) {
      const key = handleIn(row);
      const name = displayName(row);
      if (key && name) people.push({ displayName: name, identities: [key], view: 'inbox', anchor: row });
    }
  }
  return people;
}

/** What region scans need from the page: the viewer's keys, and whether a full scan stops at its bounds. */
export function xViewerOf(doc: Document, keys: Iterable<string>): ViewerInfo {
  return {
    keys: new Set(keys),
    bounded: beyond(doc, X.postAuthor, LIMITS.posts) || beyond(doc, X.legacyConversation, LIMITS.rows),
  };
}

export function findXPeople(root: Root, url: string, near: Near = EVERYWHERE, known?: ViewerInfo): FindResult {
  const view = xView(url);
  const scopes: Root[] = [root, ...shadowRootsThisTask(root, SHADOW_HOSTS)];
  let people: PersonOnPage[] = [];
  if (view === 'profile') people.push(...profile(root, url));
  people.push(...chat(scopes, url), ...posts(root, url, near));
  const viewerKeys = known ? [...known.keys] : scopes.flatMap((s) => xViewerKeys(s, url));
  people = withoutViewer(dedupePeople(people), viewerKeys);
  // learnt on the way: the full scan need not read the viewer's links again
  const viewer = root.nodeType === 9 ? { viewer: known ?? xViewerOf(root as Document, viewerKeys) } : {};
  const primary = view === 'profile' ? 'profile' : view === 'chat' ? 'dm' : null;
  if (primary && !people.some((p) => p.view === primary) && !/\/(messages|i\/chat)\/?$/.test(url)) {
    return { people, diagnostic: { site: 'x', view, reason: `no ${view} person found in the markup` }, ...viewer };
  }
  return { people, ...viewer };
}
