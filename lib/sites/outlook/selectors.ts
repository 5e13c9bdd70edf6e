import { LIGHT_DOM } from '../shared/deep-query';

/**
 * Outlook on the web (outlook.live.com, outlook.office.com, outlook.office365.com).
 * No real capture exists in shared/; these hooks come from SITE-NOTES §6 and public extensions,
 * and tests/fixtures/outlook/* model them. Outlook's CSS-module classes change often (evicypher has
 * had several sets), so only ids, data-* hooks, roles and email-shaped attributes are used.
 * Labels are UI text ("Von:" in German): the one label used has a table and a neutral fallback.
 */

/** Reading pane: `#ReadingPaneContainerId` (TGL 2024-09, evicypher [older]),
 * `[data-app-section="MailReadCompose"]` (wd-extension-poc consts.ts [unverified date]). */
export const READING_PANE =
  '#ReadingPaneContainerId, [data-app-section="MailReadCompose"], [data-app-section*="ReadingPane"]';

/** Message list: `[role=listbox]` with `[role=option]` rows carrying `data-convid`
 * (wd-extension-poc OUTLOOK_MAIL_LIST / data-convid [unverified date]). */
export const MESSAGE_LIST_ROW = '[role="listbox"] [role="option"], [data-convid]';

/** Compose form: `[data-app-section="Form_Content"]` (BRK outlook.js 2026-03). */
export const COMPOSE_FORM = '[data-app-section="Form_Content"], [id*="docking_InitVisiblePart"]';

/** People: any element whose attribute carries an address — persona title/aria-label
 * (Outlook Copy Sender reads `[data-email]`, `[title*="@"]`, `[aria-label*="@"]`, mailto links). */
export const PERSON_ATTR = '[data-email], [title*="@"], [aria-label*="@"], a[href^="mailto:" i]';

/** A message's own content: the read-only body is `role="document"` (SITE-NOTES §6, 2026 notes);
 * an editable body is `[contenteditable][aria-multiline=true]` (BRK tests). Never a source of people. */
export const MESSAGE_BODY = '[role="document"], [contenteditable="true"][aria-multiline="true"]';

/** Compose body: role + multiline first (BRK: recipient fields are single-line contenteditables). */
export const COMPOSE_BODY = [
  'div[contenteditable="true"][aria-multiline="true"][role="textbox"]',
  '[contenteditable="true"][aria-multiline="true"]',
];

/** The body's aria-label, per language (SITE-NOTES §6: "Message body"; others [unverified]).
 * Fallback when the multiline hook is missing; always with role=textbox, since the read-only
 * original in the reading pane has the same label with role=document. */
export const MESSAGE_BODY_LABELS = [
  'Message body',
  'Nachrichtentext',
  'Corps du message',
  'Cuerpo del mensaje',
  'Corpo da mensagem',
  'Corpo del messaggio',
  'Berichttekst',
];

/** The signed-in account: Microsoft's account manager (`#O365_MainLink_Me`, BRK 2025-26) and its
 * flyout (`#mectrl_currentAccount_secondary` holds the address) [unverified]. */
export const VIEWER =
  '#O365_MainLink_Me, #mectrl_currentAccount_secondary, #mectrl_currentAccount_primary, [data-automationid="MeControl"]';

/** Outlook draws no people inside shadow roots (Fluent UI React; SITE-NOTES names none). */
export const SHADOW_HOSTS = LIGHT_DOM;
