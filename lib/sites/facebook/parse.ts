import { cleanName } from '../shared/clean-name';
import { textOf } from '../shared/deep-query';
import { dedupePeople, withoutViewer } from '../shared/people';
import { beyond, queryBelow, selfAndBelow, unitsOf } from '../shared/region';
import { EVERYWHERE, type Near } from '../shared/window';
import type { FindResult, PersonOnPage, ViewerInfo } from '../types';
import { facebookKey, facebookKeyOf, facebookUrl } from './keys';
import { FB, LIMITS } from './selectors';
import { facebookViewerKeys } from './viewer';

type Root = Document | ShadowRoot | Element;

export type FacebookView = 'thread' | 'profile' | 'members' | 'feed';

/** Which view a URL is; the same parsers serve facebook.com and messenger.com. */
export function facebookView(url: string): FacebookView {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'feed';
  }
  const segs = u.pathname.split('/').filter(Boolean);
  const messenger = u.hostname.endsWith('messenger.com');
  const threadPath = messenger ? segs : segs[0] === 'messages' ? segs.slice(1) : [];
  if ((threadPath[0] === 't' && threadPath[1]) || (threadPath[0] === 'e2ee' && threadPath[1] === 't')) return 'thread';
  if (segs[0] === 'groups' && segs[2] === 'members') return 'members';
  if (!messenger && isProfileUrl(u, segs)) return 'profile';
  return 'feed';
}

const PROFILE_TABS = new Set(['about', 'friends', 'photos', 'videos', 'reels', 'followers', 'following', 'mentions']);

function isProfileUrl(u: URL, segs: string[]): boolean {
  if (segs[0] === 'profile.php') return !!u.searchParams.get('id');
  if (segs[0] === 'people') return segs.length >= 3;
  if (!facebookKey(u.href)) return false;
  return segs.length === 1 || (segs.length === 2 && PROFILE_TABS.has(segs[1]!.toLowerCase()));
}

function keyOf(a: Element, base: string): string | null {
  const u = facebookUrl(a.getAttribute('href'), base); // parsed once: a feed has hundreds of links
  // `/messages/t/<id>` is a thread, not a profile link: only chat rows may use it (see chatList).
  if (!u || /\/(messages\/)?t\//.test(u.pathname)) return null;
  return facebookKeyOf(u);
}

function nameOfLink(a: Element): string {
  return cleanName(a.getAttribute('aria-label')) || cleanName(textOf(a, 200));
}

/** The innermost `[role=main]`: Messenger nests the thread's main inside the page's (capture). */
function innermostMain(root: Root): Element | null {
  const mains = [...root.querySelectorAll(FB.main)];
  return mains.find((m) => !m.querySelector(FB.main)) ?? null;
}

/** The person of the open thread: the first labelled profile link outside the message grid. */
function threadPartner(root: Root, url: string): PersonOnPage[] {
  const main = innermostMain(root);
  if (!main) return [];
  for (const a of main.querySelectorAll(FB.labelledLink)) {
    if (a.closest(FB.grid)) continue; // links inside messages are things people shared
    const key = keyOf(a, url);
    const name = nameOfLink(a);
    if (key && name) return [{ displayName: name, identities: [key], view: 'thread', anchor: a }];
  }
  return [];
}

/** Chat list rows: 1:1 threads only (a group's avatar lists its members, so its label differs from its title). */
function chatList(root: Root, url: string): PersonOnPage[] {
  const people: PersonOnPage[] = [];
  for (const a of [...root.querySelectorAll(FB.chatRowLink)].slice(0, LIMITS.chatRows)) {
    const href = a.getAttribute('href') ?? '';
    if (/\/e2ee\//.test(href)) continue; // e2ee thread ids are not user ids
    const key = facebookKey(href, url);
    const nameEl = a.querySelector(FB.chatRowName);
    const name = cleanName(textOf(nameEl, 200));
    const avatar = cleanName(a.querySelector(FB.chatRowAvatar)?.getAttribute('aria-label'));
    if (!key || !name || (avatar && avatar !== name)) continue;
    people.push({ displayName: name, identities: [key], view: 'inbox', anchor: nameEl ?? a });
  }
  return people;
}

function profile(root: Root, url: string): PersonOnPage[] {
  const key = facebookKey(url);
  if (!key) return [];
  const scope = innermostMain(root) ?? root;
  const h1 = scope.querySelector(FB.profileName) ?? root.querySelector(FB.profileName);
  let name = cleanName(textOf(h1, 200));
  if (!name) {
    const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
    name = cleanName((doc?.title ?? '').split('|')[0]?.replace(/^\(\d+\)\s*/, ''));
    if (/^facebook$/i.test(name)) name = '';
  }
  return name ? [{ displayName: name, identities: [key], view: 'profile', anchor: h1 ?? undefined }] : [];
}

/** Group members: `/groups/<gid>/user/<uid>/` links; the name is the text of one of them. */
export function members(root: Root, url: string): PersonOnPage[] {
  const people: PersonOnPage[] = [];
  for (const a of selfAndBelow(root, FB.memberLink).slice(0, LIMITS.members)) {
    const key = keyOf(a, url);
    const name = cleanName(textOf(a, 200));
    if (key && name) people.push({ displayName: name, identities: [key], view: 'members', anchor: a });
  }
  return people;
}

function firstPersonLink(scope: Element, url: string, selector: string): { a: Element; key: string } | null {
  const links = queryBelow(scope, selector).slice(0, LIMITS.linksPerArticle);
  for (const a of links) {
    // a link inside a nested article belongs to that reply, not to this one
    if (a.closest(FB.article) !== scope && scope.matches(FB.article)) continue;
    const key = keyOf(a, url);
    if (key && nameOfLink(a)) return { a, key };
  }
  return null;
}

/** Post authors and comment authors (comments are articles nested in a post's article). */
export function postsAndComments(root: Root, url: string, near: Near = EVERYWHERE): PersonOnPage[] {
  const people: PersonOnPage[] = [];
  const scopes = new Set<Element>([
    ...near(unitsOf(root, FB.article)).slice(0, LIMITS.articles),
    ...near(unitsOf(root, FB.feedItems)).slice(0, LIMITS.articles),
  ]);
  for (const scope of scopes) {
    const isComment = !!scope.parentElement?.closest(FB.article);
    const hit =
      (!isComment && firstPersonLink(scope, url, FB.postAuthorLink)) || firstPersonLink(scope, url, 'a[href]');
    if (!hit) continue;
    const name = cleanName(textOf(hit.a, 200)) || nameOfLink(hit.a);
    people.push({ displayName: name, identities: [hit.key], view: isComment ? 'comments' : 'post', anchor: hit.a });
  }
  return people;
}

/** The open chat row (`aria-current="page"`) is a group: its avatar lists members, unlike its title. */
function isGroupThread(root: Root): boolean {
  const row = root.querySelector(`${FB.chatRowLink}[aria-current="page"]`);
  const name = cleanName(textOf(row?.querySelector(FB.chatRowName), 200));
  const avatar = cleanName(row?.querySelector(FB.chatRowAvatar)?.getAttribute('aria-label'));
  return !!row && !!name && !!avatar && avatar !== name;
}

/** The open thread's own chat row (`aria-current="page"`) is the partner: its thread key joins theirs. */
function mergeCurrentRow(partner: PersonOnPage[], rows: PersonOnPage[]): PersonOnPage[] {
  const current = rows.find((p) => p.anchor?.closest('a[aria-current="page"]'));
  if (!partner[0] || !current) return [...partner, ...rows];
  partner[0].identities.push(...current.identities.filter((k) => !partner[0]!.identities.includes(k)));
  return [...partner, ...rows.filter((p) => p !== current)];
}

/** What region scans need from the page: the viewer's keys, and whether a full scan stops at its bounds. */
export function facebookViewerOf(doc: Document, keys: Iterable<string>): ViewerInfo {
  const bounded =
    beyond(doc, FB.article, LIMITS.articles) ||
    beyond(doc, FB.feedItems, LIMITS.articles) ||
    beyond(doc, FB.memberLink, LIMITS.members);
  return { keys: new Set(keys), bounded };
}

export function findFacebookPeople(root: Root, url: string, near: Near = EVERYWHERE, known?: ViewerInfo): FindResult {
  const view = facebookView(url);
  let people: PersonOnPage[] = [];
  if (view === 'thread') people = mergeCurrentRow(threadPartner(root, url), chatList(root, url));
  else if (view === 'members') people = members(root, url);
  else if (view === 'profile') people = [...profile(root, url), ...postsAndComments(root, url, near)];
  else people = postsAndComments(root, url, near);
  const viewerKeys = known ? [...known.keys] : facebookViewerKeys(root);
  people = withoutViewer(dedupePeople(people), viewerKeys);
  // learnt on the way: the full scan need not read the page's data scripts again
  const viewer = root.nodeType === 9 ? { viewer: known ?? facebookViewerOf(root as Document, viewerKeys) } : {};
  // a group thread has no one partner: its open chat row names a group, so no diagnostic
  const expected = view === 'profile' || view === 'members' || (view === 'thread' && !isGroupThread(root));
  const primary = people.some((p) => p.view === view);
  if (expected && !primary) {
    return {
      people,
      diagnostic: { site: 'facebook', view, reason: `no ${view} person found in the markup` },
      ...viewer,
    };
  }
  return { people, ...viewer };
}
