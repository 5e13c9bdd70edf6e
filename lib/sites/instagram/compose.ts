import { queryAllDeep } from '../shared/deep-query';
import { IG } from './selectors';

type Root = Document | ShadowRoot | Element;

/**
 * The Direct message box: a Lexical `div[role=textbox][contenteditable]` (dm capture, 2025-04;
 * SITE-NOTES §2.2). Harper could not find it in 2026-06 (cause unknown), so open shadow roots are
 * searched too. The comment box under a post is also a textbox, so one in main wins.
 */
export function instagramComposeBox(root: Root): HTMLElement | null {
  const inMain = root.querySelector<HTMLElement>(`main ${IG.composer}, [role="main"] ${IG.composer}`);
  if (inMain) return inMain;
  return (
    queryAllDeep<HTMLElement>(root, IG.composer)[0] ?? queryAllDeep<HTMLElement>(root, IG.composerFallback)[0] ?? null
  );
}
