import { cleanName } from '../shared/clean-name';
import { shadowRootsThisTask, textOf } from '../shared/deep-query';
import { dedupePeople, PeopleCount, withoutViewer } from '../shared/people';
import { beyond, selfAndBelow, unitsOf } from '../shared/region';
import { queryFirst } from '../shared/selector-list';
import { EVERYWHERE, type Near } from '../shared/window';
import type { FindResult, PersonOnPage, ViewerInfo } from '../types';
import { linkedinKey } from './keys';
import { LI, LIMITS, SHADOW_HOSTS } from './selectors';
import { linkedinViewerKeys } from './viewer';

type Root = Document | ShadowRoot | Element;

export type LinkedinView = 'profile' | 'search' | 'messaging' | 'other';

export function linkedinView(url: string): LinkedinView {
  try {
    const path = new URL(url).pathname;
    if (/^\/in\/[^/]+/.test(path)) return 'profile';
    if (path.startsWith('/search/results/people')) return 'search';
    if (path.startsWith('/messaging/')) return 'messaging';
  } catch {
    // not a URL
  }
  return 'other';
}

function docOf(root: Root): Document | null {
  return root.nodeType === 9 ? (root as Document) : (root.ownerDocument ?? null);
}

/** "<name> | LinkedIn" or "(3) <name> | LinkedIn" (BRK's fallback for the 2026 page). */
function nameFromTitle(root: Root): string {
  const title = (docOf(root)?.title ?? '').replace(/^\(\d+\+?\)\s*/, '');
  const name = title.includes('|') ? cleanName(title.split('|')[0]) : '';
  return /^linkedin$/i.test(name) ? '' : name;
}

/** Strips LinkedIn's ", #OPEN_TO_WORK" / ", #HIRING" photo-frame suffixes from an alt. */
function altName(alt: string | null | undefined): string {
  return cleanName((alt ?? '').replace(/,\s*#[A-Z_]+$/, ''));
}

function profile(root: Root, url: string): PersonOnPage[] {
  const key = linkedinKey(url);
  if (!key) return [];
  const topCard = queryFirst(root, LI.topCard);
  const heading = topCard?.querySelector(LI.topCardName) ?? queryFirst(root, LI.legacyName);
  const photo = queryFirst(root, LI.topCardPhoto);
  const name = cleanName(textOf(heading, 200)) || altName(photo?.getAttribute('alt')) || nameFromTitle(root);
  if (!name) return [];
  return [{ displayName: name, identities: [key], view: 'profile', anchor: heading ?? photo ?? undefined }];
}

/** The name a search-result link shows: its aria-hidden span (the visible one), else its text or img alt. */
function linkName(a: Element): string {
  return (
    cleanName(textOf(a.querySelector(LI.resultName), 200)) ||
    cleanName(textOf(a, 200)) ||
    altName(a.querySelector('img[alt]')?.getAttribute('alt'))
  );
}

/**
 * People search: per result item, its first `/in/` link that shows a name (mutual-connection links
 * come later). Reading stops once `count` is full (a full scan keeps only the first people:
 * lib/sites/page-people.ts KEEP).
 */
export function search(root: Root, url: string, count = new PeopleCount(), near: Near = EVERYWHERE): PersonOnPage[] {
  const people: PersonOnPage[] = [];
  const done = new Set<Element>();
  for (const a of near(unitsOf(root, LI.profileLink)).slice(0, LIMITS.links)) {
    if (count.full) break;
    const item = a.closest(LI.resultItem);
    if (!item || done.has(item) || a.closest('nav, header, aside')) continue;
    const key = linkedinKey(a.getAttribute('href'), url);
    const name = key ? linkName(a) : '';
    if (!key || !name) continue;
    done.add(item);
    const person = { displayName: name, identities: [key], view: 'search', anchor: a };
    people.push(person);
    count.add(person);
  }
  return people;
}

/** Messaging, full page or overlay (also inside open shadow roots such as `#interop-outlet`). */
export function messaging(scopes: Root[], url: string): PersonOnPage[] {
  const people: PersonOnPage[] = [];
  const all = (selector: string) => scopes.flatMap((s) => selfAndBelow(s, selector));
  const add = (a: Element, nameEl: Element | null | undefined) => {
    const key = linkedinKey(a.getAttribute('href'), url);
    const name = cleanName(textOf(nameEl ?? a, 200));
    if (key && name) people.push({ displayName: name, identities: [key], view: 'messaging', anchor: nameEl ?? a });
  };
  for (const a of all(LI.threadHeaderLink)) add(a, a.querySelector(LI.threadHeaderName));
  for (const a of all(LI.overlayHeaderLink)) add(a, null);
  for (const a of all(LI.otherGroupLink).slice(0, 200)) {
    const group = a.closest('.msg-s-message-group') ?? a.parentElement;
    add(a, group?.querySelector(LI.otherGroupName));
  }
  return people;
}

/** What region scans need from the page: the viewer's keys, and whether a full scan stops at its bound. */
export function linkedinViewerOf(doc: Document, keys: Iterable<string>): ViewerInfo {
  return { keys: new Set(keys), bounded: beyond(doc, LI.profileLink, LIMITS.links) };
}

export function findLinkedinPeople(
  root: Root,
  url: string,
  limit?: number,
  near: Near = EVERYWHERE,
  known?: ViewerInfo,
): FindResult {
  const view = linkedinView(url);
  const scopes: Root[] = [root, ...shadowRootsThisTask(root, SHADOW_HOSTS)];
  const viewerKeys = known ? [...known.keys] : linkedinViewerKeys(scopes, url);
  let people: PersonOnPage[] = [];
  if (view === 'profile') people = profile(root, url);
  else if (view === 'search') people = search(root, url, new PeopleCount(limit, new Set(viewerKeys)), near);
  // the message overlay opens on any page, so messaging people are looked for everywhere
  people.push(...messaging(scopes, url));
  people = withoutViewer(dedupePeople(people), viewerKeys);
  // learnt on the way: the full scan need not read the viewer's links again
  const viewer = root.nodeType === 9 ? { viewer: known ?? linkedinViewerOf(root as Document, viewerKeys) } : {};
  if (view !== 'other' && people.length === 0) {
    return {
      people,
      diagnostic: { site: 'linkedin', view, reason: `no ${view} person found in the markup` },
      ...viewer,
    };
  }
  return { people, ...viewer };
}
