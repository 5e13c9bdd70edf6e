import { ANY_HOST, elementsOf, LIGHT_DOM, queryAllDeep, type ShadowHosts, shadowRootsThisTask } from './deep-query';
import { keptQuery } from './kept-queries';
import { queryList, selectorsOf, splitTop } from './selector-list';

/**
 * Helpers for region scans (an element the page added or changed, not the whole document).
 * querySelectorAll never returns the element it is called on, so a region that is itself a row
 * or a post would be missed without `queryAllIn`.
 */
/** Each selector of a list cut to its last compound (`.a b[href]` -> `b[href]`), brackets and quotes respected. */
export function lastCompounds(selector: string): string {
  return selectorsOf(selector)
    .map(
      (part) =>
        splitTop(part, /[\s>+~]/)
          .filter((piece) => piece.trim())
          .at(-1) ?? '*',
    )
    .join(', ');
}

const cut = new Map<string, string>();

/**
 * querySelectorAll below an element, fast for selectors with combinators: Chromium answers
 * `el.querySelectorAll('.a b')` by walking far more than `el` (~40 µs a call against ~2 µs), so
 * the last compounds are queried and the whole selector checked with `matches` (same elements,
 * same order). Region scans call this thousands of times.
 */
export function queryBelow<E extends Element = Element>(root: Element | ShadowRoot, selector: string): E[] {
  let simple = cut.get(selector);
  if (simple === undefined) {
    simple = lastCompounds(selector);
    if (cut.size < 500) cut.set(selector, simple);
  }
  const found = elementsOf(root.querySelectorAll<E>(simple));
  return simple === selector ? found : found.filter((el) => el.matches(selector));
}

/** The region itself when it matches, its descendants, and what the open shadow roots of its `hosts` hold. */
export function queryAllIn<E extends Element = Element>(
  region: Element,
  selector: string,
  hosts: ShadowHosts = ANY_HOST,
): E[] {
  try {
    const found = queryBelow<E>(region, selector);
    for (const shadow of shadowRootsThisTask(region, hosts)) found.push(...queryBelow<E>(shadow, selector));
    if (region.matches(selector)) found.unshift(region as E);
    return found;
  } catch {
    return []; // an invalid selector: nothing, never an exception into the page
  }
}

/** True when the region is, lies inside, or holds an element matching the selector. */
export function touches(region: Element, selector: string): boolean {
  try {
    return region.closest(selector) !== null || queryBelow(region, selector).length > 0;
  } catch {
    return true; // cannot tell: the caller scans the whole page
  }
}

/** True when the region is or holds an element matching the selector. */
export function holds(region: Element, selector: string): boolean {
  try {
    return region.matches(selector) || queryBelow(region, selector).length > 0;
  } catch {
    return true;
  }
}

/** The outermost ancestor-or-self matching the selector (a post around its nested comments). */
export function outermost(node: Element, selector: string): Element | null {
  let unit = node.closest(selector);
  for (let up = unit?.parentElement?.closest(selector); up; up = up.parentElement?.closest(selector)) unit = up;
  return unit;
}

/** Keys the region shows for the viewer that the full scan did not know: the page changed hands. */
export function learnsViewer(found: Iterable<string>, viewer: { keys: ReadonlySet<string> }): boolean {
  for (const key of found) if (!viewer.keys.has(key)) return true;
  return false;
}

/**
 * querySelectorAll (a list one selector at a time: selector-list.ts), its answer kept during a full scan (kept-queries.ts): a scan that asks for the
 * same selector twice (a list of posts, then whether it is longer than the scan reads) queries
 * the page once, and a scroll's rescan not at all.
 */
function listOf(root: Document | ShadowRoot | Element, selector: string): ArrayLike<Element> {
  return keptQuery(root, `all ${selector}`, () => queryList(root, selector));
}

/** querySelectorAll over the light DOM that counts the region itself (a Document as before). */
export function selfAndBelow(root: Document | ShadowRoot | Element, selector: string): Element[] {
  if (root.nodeType !== 1) return elementsOf(listOf(root, selector));
  // a copy of what a full scan keeps for the scroll-only rescans (kept answers are shared)
  return keptQuery(root, `self and below ${selector}`, () => {
    const below = queryBelow(root as Element, selector);
    if ((root as Element).matches(selector)) below.unshift(root as Element);
    return below;
  }).slice();
}

/**
 * A long list of units (posts, results, messages) under `root`, in page order, for a scan's `near`
 * to cut (window.ts): the query's own NodeList, not an array, so only the units read near the
 * screen get a script object (~1 µs each; the bench feed's thousands of posts cost 3.5 ms of a
 * 15 ms scan as an array). An element root counts itself when it matches, as in selfAndBelow.
 */
export function unitsOf(root: Document | ShadowRoot | Element, selector: string): ArrayLike<Element> {
  return root.nodeType === 1 ? selfAndBelow(root, selector) : listOf(root, selector);
}

/**
 * The units below `root` (not itself) for a site that names the shadow hosts it searches
 * (deep-query.ts): the light DOM's own NodeList, as unitsOf; with hosts, queryAllDeep's array.
 */
export function unitsDeep(
  root: Document | ShadowRoot | Element,
  selector: string,
  hosts: ShadowHosts,
): ArrayLike<Element> {
  return hosts === LIGHT_DOM ? listOf(root, selector) : queryAllDeep(root, selector, hosts);
}

/** More elements match than a full scan reads (its bound): see ViewerInfo.bounded. */
export function beyond(root: Document, selector: string, limit: number): boolean {
  try {
    return listOf(root, selector).length > limit;
  } catch {
    return false;
  }
}

/** A function of the page URL, computed once per URL (region scans ask it for every region). */
export function perUrl<T>(fn: (url: string) => T): (url: string) => T {
  let last: { url: string; value: T } | null = null;
  return (url) => {
    if (last?.url !== url) last = { url, value: fn(url) };
    return last.value;
  };
}
