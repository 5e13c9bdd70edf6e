import { queryAllDeep } from '../shared/deep-query';
import { COMPOSE_BODY } from './selectors';

type Root = Document | ShadowRoot | Element;

function hidden(el: Element): boolean {
  return el.closest('[aria-hidden="true"], [hidden]') !== null;
}

/**
 * The open compose body. Gmail keeps minimised drafts in the DOM too, so the focused one wins,
 * else the newest (last in document order).
 */
export function gmailComposeBox(root: Root): HTMLElement | null {
  try {
    for (const selector of COMPOSE_BODY) {
      const boxes = queryAllDeep<HTMLElement>(root, selector).filter((b) => !hidden(b));
      if (boxes.length === 0) continue;
      const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
      const active = doc?.activeElement;
      return boxes.find((b) => active && b.contains(active)) ?? boxes.at(-1) ?? null;
    }
  } catch {
    // never into the page
  }
  return null;
}
