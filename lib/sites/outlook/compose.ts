import { queryAllDeep } from '../shared/deep-query';
import { COMPOSE_BODY, MESSAGE_BODY_LABELS } from './selectors';

type Root = Document | ShadowRoot | Element;

/** The open compose body; never the read-only original (role=document) in the reading pane. */
export function outlookComposeBox(root: Root): HTMLElement | null {
  try {
    const labelled = MESSAGE_BODY_LABELS.map((l) => `[aria-label="${l}"][role="textbox"][contenteditable="true"]`);
    for (const selector of [...COMPOSE_BODY, ...labelled]) {
      const boxes = queryAllDeep<HTMLElement>(root, selector).filter((b) => b.getAttribute('role') !== 'document');
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
