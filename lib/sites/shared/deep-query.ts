/**
 * querySelectorAll that also searches open shadow roots (LinkedIn's message overlay and X's chat
 * live in them). Closed roots cannot be read, by design of the platform. The walk is bounded so
 * a hostile page with millions of nodes cannot hang the content script.
 */
export const MAX_NODES_WALKED = 200_000;

type Root = Document | ShadowRoot | Element;

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

/**
 * The walk for shadow roots visits every element, so one scan does it once: the answer is kept
 * for the rest of the current task (an adapter's find is synchronous) and dropped after it.
 */
let memo: { root: Root; roots: ShadowRoot[] } | null = null;

export function shadowRootsThisTask(root: Root): ShadowRoot[] {
  if (memo?.root === root) return memo.roots;
  const roots = shadowRootsUnder(root);
  memo = { root, roots };
  queueMicrotask(() => {
    memo = null;
  });
  return roots;
}

export function queryAllDeep<E extends Element = Element>(root: Root, selector: string): E[] {
  const found: E[] = [];
  try {
    found.push(...root.querySelectorAll<E>(selector));
    for (const shadow of shadowRootsThisTask(root)) found.push(...shadow.querySelectorAll<E>(selector));
  } catch {
    // an invalid selector or a detached node: nothing found, never an exception into the page
  }
  return found;
}

export function queryDeep<E extends Element = Element>(root: Root, selector: string): E | null {
  try {
    const direct = root.querySelector<E>(selector);
    if (direct) return direct;
    for (const shadow of shadowRootsThisTask(root)) {
      const hit = shadow.querySelector<E>(selector);
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
