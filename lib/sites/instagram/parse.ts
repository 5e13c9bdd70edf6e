import { cleanName } from '../shared/clean-name';
import { textOf } from '../shared/deep-query';
import { dedupePeople, withoutViewer } from '../shared/people';
import { queryList } from '../shared/selector-list';
import type { FindResult, PersonOnPage } from '../types';
import { instagramKey } from './keys';
import { IG, LIMITS } from './selectors';

type Root = Document | ShadowRoot | Element;

export type InstagramView = 'profile' | 'dm' | 'other';

export function instagramView(url: string): InstagramView {
  try {
    const segs = new URL(url).pathname.split('/').filter(Boolean);
    if (segs[0] === 'direct' && segs[1] === 't' && segs[2]) return 'dm';
    if (instagramKey(url)) return 'profile';
  } catch {
    // not a URL
  }
  return 'other';
}

function docOf(root: Root): Document | null {
  return root.nodeType === 9 ? (root as Document) : (root.ownerDocument ?? null);
}

function links(scope: Root): Element[] {
  return [...scope.querySelectorAll(IG.link)].slice(0, LIMITS.links);
}

/**
 * The viewer: the profile link of the left nav (outside main; it holds an icon or the avatar, dm
 * capture) and, in Direct, the handle at the top of the thread list (dm capture).
 */
export function instagramViewerKeys(root: Root, url: string): string[] {
  const keys = new Set<string>();
  for (const a of links(root)) {
    if (a.closest(IG.main) || !a.querySelector('svg, img')) continue;
    const key = instagramKey(a.getAttribute('href'), url);
    if (key) keys.add(key);
  }
  if (instagramView(url) === 'dm') {
    for (const list of Array.from(queryList(root, `main ${IG.threadList}, [role="main"] ${IG.threadList}`))) {
      const handle = textOf(list.querySelector(IG.threadListOwner), 100);
      const key = /^[\w.]{1,30}$/.test(handle) ? instagramKey(`https://www.instagram.com/${handle}/`) : null;
      if (key) keys.add(key);
    }
  }
  return [...keys];
}

/** "Name (@handle) • Instagram …" (title and og:title, language-neutral shape) -> name when the handle matches. */
function nameFromTitle(title: string | null | undefined, key: string): string {
  const m = /^(.*?)\s*\(@([\w.]{1,30})\)/.exec(title ?? '');
  if (!m || `instagram:${m[2]!.toLowerCase()}` !== key) return '';
  return cleanName(m[1]);
}

function profile(root: Root, url: string): PersonOnPage[] {
  const key = instagramKey(url);
  if (!key) return [];
  const doc = docOf(root);
  const header = root.querySelector(IG.profileHeader);
  const heading = header?.querySelector(IG.profileHeading) ?? null;
  const ogUrlKey = instagramKey(doc?.querySelector(IG.ogUrl)?.getAttribute('content'));
  const name =
    nameFromTitle(doc?.title, key) ||
    (ogUrlKey === key ? nameFromTitle(doc?.querySelector(IG.ogTitle)?.getAttribute('content'), key) : '') ||
    (heading ? cleanName(textOf(heading, 200)) : '');
  if (!name && !heading) return [];
  return [
    {
      displayName: name || key.slice('instagram:'.length),
      identities: [key],
      view: 'profile',
      anchor: heading ?? undefined,
    },
  ];
}

/** The open thread's partner: profile links in main that are neither in the thread list nor in a message. */
function dm(root: Root, url: string): PersonOnPage[] {
  const people: PersonOnPage[] = [];
  for (const main of Array.from(queryList(root, IG.main))) {
    for (const a of links(main)) {
      if (a.closest(IG.threadList) || a.closest(IG.messages)) continue;
      const key = instagramKey(a.getAttribute('href'), url);
      if (!key) continue;
      const nameEl = a.querySelector(IG.headerName);
      const name = cleanName(textOf(nameEl, 200)) || cleanName(nameEl?.getAttribute('title'));
      if (name) people.push({ displayName: name, identities: [key], view: 'dm', anchor: nameEl ?? a });
    }
  }
  return people;
}

export function findInstagramPeople(root: Root, url: string): FindResult {
  const view = instagramView(url);
  let people: PersonOnPage[] = [];
  if (view === 'profile') people = profile(root, url);
  else if (view === 'dm') people = dm(root, url);
  people = withoutViewer(dedupePeople(people), instagramViewerKeys(root, url));
  if (view !== 'other' && people.length === 0) {
    return { people, diagnostic: { site: 'instagram', view, reason: `no ${view} person found in the markup` } };
  }
  return { people };
}
