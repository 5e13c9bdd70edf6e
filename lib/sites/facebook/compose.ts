import { FB } from './selectors';

type Root = Document | ShadowRoot | Element;

/**
 * The Messenger message box: Lexical `div[role=textbox][contenteditable][data-lexical-editor]`
 * (capture; MU's ordered fallbacks, SITE-NOTES §1.7). In a thread it lives in the innermost
 * `[role=main]`; a chat popup on the feed has the same editor, so the bottom-most one is taken.
 */
export function facebookComposeBox(root: Root): HTMLElement | null {
  const mains = [...root.querySelectorAll(FB.main)];
  const main = mains.find((m) => !m.querySelector(FB.main));
  const inMain = main?.querySelector<HTMLElement>(FB.composer) ?? main?.querySelector<HTMLElement>(FB.composerFallback);
  if (inMain) return inMain;
  const boxes = [...root.querySelectorAll<HTMLElement>(FB.composer)];
  return boxes.at(-1) ?? null;
}
