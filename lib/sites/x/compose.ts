import { queryDeep } from '../shared/deep-query';
import { X } from './selectors';

type Root = Document | ShadowRoot | Element;

/**
 * The DM box. XChat: `textarea[data-testid="dm-composer-textarea"]`, inside the open shadow root of
 * `[data-testid="xchatEmbedRoute"]` (SITE-NOTES §4.1). Legacy DMs: the Draft.js contenteditable inside
 * `[data-testid="dmComposerTextInput"]` (XS, X's DMRichTextCompose bundle 2025-06).
 */
export function xComposeBox(root: Root): HTMLElement | null {
  const chat = queryDeep<HTMLElement>(root, X.chatComposer);
  if (chat) return chat;
  const legacy = queryDeep<HTMLElement>(root, X.legacyComposer);
  if (!legacy) return null;
  if (legacy.isContentEditable || legacy.getAttribute('contenteditable') === 'true') return legacy;
  return legacy.querySelector<HTMLElement>(X.draftEditable);
}
