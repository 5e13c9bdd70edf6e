import { queryDeep } from '../shared/deep-query';
import { LI } from './selectors';

type Root = Document | ShadowRoot | Element;

/**
 * The messaging box: `div.msg-form__contenteditable[contenteditable][role=textbox]` (SITE-NOTES §3.3).
 * In the full-page thread it is in the light DOM; the "Message" overlay renders it inside the open
 * shadow root of `#interop-outlet` (SITE-NOTES §3.2, 2026-07), hence the deep query.
 */
export function linkedinComposeBox(root: Root): HTMLElement | null {
  return queryDeep<HTMLElement>(root, LI.composer) ?? queryDeep<HTMLElement>(root, LI.composerFallback);
}
