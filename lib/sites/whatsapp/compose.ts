import { queryDeep } from '../shared/deep-query';
import { COMPOSER } from './selectors';

export function whatsappComposeBox(root: Document | ShadowRoot | Element): HTMLElement | null {
  try {
    for (const selector of COMPOSER) {
      const box = queryDeep<HTMLElement>(root, selector);
      if (box) return box;
    }
  } catch {
    // never into the page
  }
  return null;
}
