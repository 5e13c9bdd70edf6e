/**
 * Queries of selector lists (`a, b, c`), one selector at a time. Chromium answers a single selector
 * by its fast paths, but a list by matching every element of the page against every selector of
 * it: on the bench's grown inbox (90,000 elements), Gmail's list of five hooks took 8 - 10 ms a
 * query and each of its selectors alone 0 - 0.4 ms; LinkedIn's viewer list of four, 6.6 - 7.1 ms
 * against 0.4 ms for all four (2026-11-24, docs/performance.md). A full scan asks such lists of
 * the whole document, so the page paid that at every full scan.
 */

/** Splits at top-level characters matching `at` (outside brackets, parentheses and quotes). */
export function splitTop(text: string, at: RegExp): string[] {
  const pieces: string[] = [];
  let depth = 0;
  let quote = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '(') depth++;
    else if (c === ']' || c === ')') depth--;
    else if (depth === 0 && at.test(c)) {
      pieces.push(text.slice(from, i));
      from = i + 1;
    }
  }
  pieces.push(text.slice(from));
  return pieces;
}

const known = new Map<string, string[]>();

/** The selectors of a list, each trimmed (one for a single selector). */
export function selectorsOf(list: string): string[] {
  let parts = known.get(list);
  if (!parts) {
    parts = splitTop(list, /,/).map((part) => part.trim());
    if (known.size < 500) known.set(list, parts);
  }
  return parts;
}

/**
 * Above this many elements found in all, the lists are not merged by script (a comparison of page
 * positions per element) but asked of the page again as one list. The lists the adapters ask of a
 * whole page find a few hooks; their long lists of units are single selectors.
 */
const MERGED_MAX = 2_000;

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING

/** Lists each in page order, merged in page order, an element found twice kept once. */
function merged(lists: ArrayLike<Element>[]): Element[] {
  const at = lists.map(() => 0);
  const out: Element[] = [];
  for (;;) {
    let next = -1;
    for (let i = 0; i < lists.length; i++) {
      const el = lists[i]![at[i]!];
      if (!el) continue;
      const best = next >= 0 ? lists[next]![at[next]!]! : null;
      if (best === el)
        at[i]!++; // the same element matched another selector of the list
      else if (!best || el.compareDocumentPosition(best) & FOLLOWING) next = i;
    }
    if (next < 0) return out;
    out.push(lists[next]![at[next]!]!);
    at[next]!++;
  }
}

/** `A > *`: the children of A, where A has no combinator of its own. */
const CHILDREN_OF = /^([^\s>+~]+)\s*>\s*\*$/;

/**
 * One selector. `A > *` with a single A is A's own children: Chromium answers it by testing the
 * parent of every element of the page (Facebook's group feed, `[role="feed"] > *`: 1.7 ms on the
 * bench's grown feed against 0.0 ms for the feed and its children list).
 */
function queryOne(root: ParentNode, selector: string): ArrayLike<Element> {
  // below an element root, A may be the root or above it: only the page can answer
  const parent = (root as Node).nodeType === 1 ? undefined : CHILDREN_OF.exec(selector)?.[1];
  if (parent) {
    const parents = root.querySelectorAll(parent);
    if (parents.length === 0) return parents;
    if (parents.length === 1) return parents[0]!.children;
  }
  return root.querySelectorAll(selector);
}

/** querySelectorAll of a selector list, in page order as the page's own answer: see the file's comment. */
export function queryList(root: ParentNode, list: string): ArrayLike<Element> {
  const parts = selectorsOf(list);
  if (parts.length === 1) return queryOne(root, list);
  const found: ArrayLike<Element>[] = [];
  let total = 0;
  for (const part of parts) {
    const hits = queryOne(root, part);
    if (hits.length === 0) continue;
    found.push(hits);
    total += hits.length;
  }
  if (found.length <= 1) return found[0] ?? [];
  return total > MERGED_MAX ? root.querySelectorAll(list) : merged(found);
}

/** querySelector of a selector list: the first in page order of each selector's first. */
export function queryFirst(root: ParentNode, list: string): Element | null {
  const parts = selectorsOf(list);
  if (parts.length === 1) return root.querySelector(list);
  let first: Element | null = null;
  for (const part of parts) {
    const hit = root.querySelector(part);
    if (hit && (!first || hit.compareDocumentPosition(first) & FOLLOWING)) first = hit;
  }
  return first;
}
