import { LIGHT_DOM } from '../shared/deep-query';

/**
 * WhatsApp Web (web.whatsapp.com) hooks, each with its evidence (DESIGN.md habit 2).
 * WhatsApp's classes are minified (`_ahxy`, `_ahx_`) and change; the hooks below are attributes
 * that scrapers have read for years. Shared captures: pages/whatsapp/2026-03-messages.html
 * (sanand0/tools, 2026-03) and pages/whatsapp/2025-12-conversation.html (2025-12).
 */

/** The open conversation panel (both captures; tridactyl/BRK scope the composer to it). */
export const MAIN = '#main';

/** A message: `data-id="<fromMe>_<chatJid>_<msgId>[_<participant>]"` (both captures). */
export const MESSAGE = '[data-id]';

/** "[13:52, 22/03/2026] +65 9000 0001: " — time, date, author (both captures). */
export const PRE_PLAIN = '[data-pre-plain-text]';

/** Outgoing bubble (2026-03 capture; the data-id's `true_` prefix says the same). */
export const OUTGOING = '.message-out';

/** Author line of a group message and of a quoted message: `div[role=""]` holding the name span
 * and, for unsaved contacts, the number (`span._ahx_` in the 2025-12 capture). */
export const AUTHOR_LINE = '[role=""]';

/** Name and number spans inside an author line, minified classes last (2025-12 capture). */
export const AUTHOR_NAME = 'span[dir="auto"], span[dir="ltr"], span[aria-label], span._ahxy';

/** A quoted message is a clickable block (`[role=button]`, `_aju3` in 2025-12) holding
 * `.quoted-mention` text; its aria-label is UI text, so the label is only a fallback (habit 10). */
export const QUOTE_BUTTON = '[role="button"]';
export const QUOTED_LABELS = new Set([
  'quoted message', // en (both captures)
  'zitierte nachricht', // de [unverified]
  'message cité', // fr [unverified]
  'mensaje citado', // es [unverified]
  'mensagem citada', // pt [unverified]
  'messaggio citato', // it [unverified]
]);

/** The conversation header title (1:1 chats: the person; groups: the group's name).
 * `#main header` [older]/[2025-26 unnamed]; the first `span[dir=auto]` is the title. */
export const HEADER_TITLE = ['#main header span[dir="auto"][title]', '#main header span[dir="auto"]'];

/** The Lexical composer in the footer (SITE-NOTES §7: `div[contenteditable=true][role=textbox]
 * [data-lexical-editor=true]`, data-tab=10, inside `footer`). The side pane's search box is
 * Lexical too, so the footer scope comes first. */
export const COMPOSER = [
  '#main footer div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]',
  '#main footer [contenteditable="true"]',
  'footer div[contenteditable="true"][data-lexical-editor="true"]',
];

/** WhatsApp Web draws no people inside shadow roots (React markup; SITE-NOTES names none). */
export const SHADOW_HOSTS = LIGHT_DOM;
