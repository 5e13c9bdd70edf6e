import { LIGHT_DOM } from '../shared/deep-query';

/**
 * Gmail (mail.google.com) hooks, each with its evidence (DESIGN.md habit 2). Stable attributes
 * first (`span[email]`, `data-hovercard-id`, `g_editable`, roles); Gmail's obfuscated classes
 * (`zA`, `a3s`, `M9`, `anm`) last, though they have lasted for years in GJS/ISDK/MV/BRK.
 */

/** A person in a thread header, an inbox row or an old compose chip: `<span email name>`.
 * Evidence: shared pages/gmail/2026-07-thread-reduced.html (2026-07, `.gD` sender, `.g2` To/Cc),
 * pages/gmail/2014-12-inbox.html (2014-12, `.zF`/`.yP` row senders); tests/fixtures/gmail/*. */
export const PERSON = 'span[email]';

/** New compose recipient chips: `.anm[name=to|cc|bcc] [role=listbox] [role=option][data-name]`,
 * the email in `data-hovercard-id`. Evidence: InboxSDK page-parser.ts getRecipientChips (2021+
 * "visual updates for composing"), SITE-NOTES §5 "chips `[data-hovercard-id]`" [2025-26]. */
export const COMPOSE_CHIP = '[role="option"][data-hovercard-id], [role="option"][data-name]';

/** Old compose chips: `.vR` holding `input[type=hidden]` with "Name <email>" (ISDK, [older]). */
export const OLD_COMPOSE_CHIP_INPUT = '.vR > input[type="hidden"]';

/** Compose containers: `div.M9` (GJS api.dom.composes), pop-out/minimised `[role=dialog]`, `.AD`,
 * inline replies are `.M9` too (SITE-NOTES §5, GJS, BH gmail/compose.md 2026-04). */
export const COMPOSE_CONTAINER = '.M9, .AD, [role="dialog"]';

/** Inbox/list rows. Evidence: pages/gmail/2014-12-inbox.html (16 `tr.zA`), GJS `tr.zA`. */
export const LIST_ROW = 'tr.zA';

/** A message body: strangers' content, never a source of people (`.a3s` in 2026-07 capture). */
export const MESSAGE_BODY = '.a3s, .ii.gt';

/** Compose body, locale-safe first: `[g_editable=true][role=textbox]` (ISDK `.Ap [g_editable]`),
 * `div.Am.Al.editable` (GJS), any multi-line textbox (SITE-NOTES §5 [2025-26]). */
export const COMPOSE_BODY = [
  '[g_editable="true"][role="textbox"]',
  '[g_editable="true"]',
  'div.Am.Al.editable',
  'div[contenteditable="true"][role="textbox"][aria-multiline="true"]',
  'div[contenteditable="true"][role="textbox"]',
];

/** The Google account button; its aria-label holds "(me@x.com)" in every language
 * (Google bar `a[href*="SignOutOptions"]`, seen in BRK/gmail.js viewer lookups [2025-26]). */
export const ACCOUNT_BUTTON =
  'a[href*="accounts.google.com/SignOutOptions"], a[aria-label*="@"][href*="accounts.google.com"]';

/** `name="me"` on the owner's own chips (2026-07 capture, 2014-12 inbox). Gmail writes it in the
 * UI language; the values beyond English are [unverified] and only a fallback: the title and the
 * account button identify the owner in any language. */
export const ME_NAMES = new Set([
  'me',
  'ich',
  'moi',
  'yo',
  'eu',
  'io',
  'ik',
  'jag',
  'jeg',
  'minä',
  'ja',
  'я',
  '我',
  '自分',
  '나',
]);

/** Gmail draws no people inside shadow roots (its UI is Closure markup; SITE-NOTES names none). */
export const SHADOW_HOSTS = LIGHT_DOM;
