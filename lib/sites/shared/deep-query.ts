/**
 * querySelectorAll that also searches open shadow roots. Closed roots cannot be read, by design of
 * the platform. Which roots are searched is the site's choice (`ShadowHosts`): finding every open
 * root means visiting every element of the page from script, 10 - 30 ms on a 90,000-element page
 * here (the bench's big inbox), once per full scan. So a site adapter names the hosts the site is
 * known to use (SITE-NOTES: LinkedIn's `#interop-outlet`, X's `xchatEmbedRoute`), sites with no
 * people in shadow roots (Gmail, Outlook, WhatsApp, Facebook, Instagram) search the light DOM,
 * and only the generic finder, which knows nothing of the page, walks everything.
 * The walk is bounded so a hostile page with millions of nodes cannot hang the content script.
 */
import { keptQuery } from './kept-queries';
import { queryFirst, queryList } from './selector-list';

export const MAX_NODES_WALKED = 200_000;

type Root = Document | ShadowRoot | Element;

/** `LIGHT_DOM`: no shadow root; `ANY_HOST`: every open root on the page; else a selector of hosts. */
export type ShadowHosts = string;
export const LIGHT_DOM: ShadowHosts = '';
export const ANY_HOST: ShadowHosts = '*';

export function shadowRootsUnder(root: Root, limit = MAX_NODES_WALKED): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const start = root instanceof Document ? root.documentElement : root;
  if (!start) return roots;
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(start, 1 /* NodeFilter.SHOW_ELEMENT */);
  let seen = 0;
  for (
    let node = walker.nextNode() as Element | null;
    node && seen < limit;
    node = walker.nextNode() as Element | null
  ) {
    seen++;
    const shadow = node.shadowRoot;
    if (shadow) roots.push(shadow, ...shadowRootsUnder(shadow, limit - seen));
  }
  return roots;
}

/** The open roots of the named hosts at or below `root`, and the roots nested inside those (small: an overlay). */
function shadowRootsOfHosts(root: Root, hosts: ShadowHosts): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  try {
    const found = elementsOf(queryList(root, hosts));
    if (root.nodeType === 1 && (root as Element).matches(hosts)) found.unshift(root as Element);
    for (const host of found) {
      const shadow = host.shadowRoot;
      if (shadow) roots.push(shadow, ...shadowRootsUnder(shadow));
    }
  } catch {
    // an invalid selector: no roots, never an exception into the page
  }
  return roots;
}

/**
 * One scan asks for the same roots many times, so the answer is kept for the rest of the current
 * task (an adapter's find is synchronous) and dropped after it.
 */
let memo: { root: Root; hosts: ShadowHosts; roots: ShadowRoot[] } | null = null;

export function shadowRootsThisTask(root: Root, hosts: ShadowHosts = ANY_HOST): ShadowRoot[] {
  if (hosts === LIGHT_DOM) return [];
  if (memo?.root === root && memo.hosts === hosts) return memo.roots;
  const roots = hosts === ANY_HOST ? shadowRootsUnder(root) : shadowRootsOfHosts(root, hosts);
  memo = { root, hosts, roots };
  queueMicrotask(() => {
    memo = null;
  });
  return roots;
}

/**
 * A NodeList as an array, by index: spreading it (`[...list]`) steps its iterator, which allocates
 * a result object per element in code that runs once a scan (never optimised), and on a page of
 * thousands of units that garbage is what starts the page's next full collection.
 */
export function elementsOf<E extends Element>(list: ArrayLike<E>, into: E[] = []): E[] {
  for (let i = 0; i < list.length; i++) into.push(list[i]!);
  return into;
}

export function queryAllDeep<E extends Element = Element>(
  root: Root,
  selector: string,
  hosts: ShadowHosts = ANY_HOST,
): E[] {
  // a copy of what a full scan keeps (shared-kept answers must not be changed)
  return keptQuery(root, `deep ${hosts} ${selector}`, () => {
    const found: E[] = [];
    try {
      // a list one selector at a time: see selector-list.ts
      elementsOf(queryList(root, selector) as ArrayLike<E>, found);
      for (const shadow of shadowRootsThisTask(root, hosts))
        elementsOf(queryList(shadow, selector) as ArrayLike<E>, found);
    } catch {
      // an invalid selector or a detached node: nothing found, never an exception into the page
    }
    return found;
  }).slice();
}

export function queryDeep<E extends Element = Element>(
  root: Root,
  selector: string,
  hosts: ShadowHosts = ANY_HOST,
): E | null {
  try {
    const direct = queryFirst(root, selector) as E | null;
    if (direct) return direct;
    for (const shadow of shadowRootsThisTask(root, hosts)) {
      const hit = queryFirst(shadow, selector) as E | null;
      if (hit) return hit;
    }
  } catch {
    // see queryAllDeep
  }
  return null;
}

/** The trimmed text of an element, bounded: a hostile node cannot hand us megabytes. */
export function textOf(el: Element | null | undefined, max = 500): string {
  if (!el) return '';
  return (el.textContent ?? '')
    .slice(0, max * 4)
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, max);
}
