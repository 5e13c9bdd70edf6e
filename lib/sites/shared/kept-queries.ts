/**
 * Query answers kept from one full scan for the scroll-only rescans after it.
 *
 * A long page is read near the screen (window.ts), so a scroll asks for a new full scan. While the
 * page has only scrolled, its list of units in page order is the same as at the last full scan:
 * querying the document for it again was most of a scroll's cost (Gmail's 6,000-row inbox: 14.5 ms
 * of a scroll's scan, when the page's own scroll costs ~15 ms, docs/performance.md). Scrolling
 * is then a binary search over the kept list, not a walk of the page.
 *
 * What "only scrolled" means is run-site's to say (no mutation the observer saw, no periodic full
 * scan due): the answers are as fresh as the viewer the same scan hands back (lib/sites/types.ts,
 * `find`'s `known`). Region scans never keep anything.
 */
let kept = new Map<Node, Map<string, unknown>>();
let keeping = false;

/**
 * Runs a full scan. `reuse`: the page has only scrolled since the last one, whose answers still
 * hold; otherwise they are dropped and this scan's are kept instead.
 */
export function withKeptQueries<T>(reuse: boolean, scan: () => T): T {
  if (!reuse) kept = new Map();
  keeping = true;
  try {
    return scan();
  } finally {
    keeping = false;
  }
}

/** Drops every kept answer: the page changed, and they hold elements it may have removed. */
export function forgetKeptQueries(): void {
  kept = new Map();
}

/**
 * The answer of `query` under `root` (`key`: what it asks), kept during a full scan for the next
 * scroll-only one. Outside a full scan it is asked afresh. The answer is shared: callers must not
 * change it.
 */
export function keptQuery<T>(root: Node, key: string, query: () => T): T {
  if (!keeping) return query();
  let answers = kept.get(root);
  if (!answers) {
    answers = new Map();
    kept.set(root, answers);
  }
  if (answers.has(key)) return answers.get(key) as T;
  const answer = query();
  answers.set(key, answer);
  return answer;
}
