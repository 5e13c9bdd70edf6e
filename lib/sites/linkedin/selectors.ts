/**
 * LinkedIn hooks with their evidence (DESIGN.md habit 2). "2024 capture" =
 * /work/shared/fixtures/pages/linkedin/2024-08-profile.html (Ember UI, 2024-07);
 * "2026 capture" = .../2026-topcard.html (SDUI top card with hashed classes, 2026-05).
 * LinkedIn's BEM classes (`msg-*`, `global-nav__*`) have lasted for years (BRK 2026-04).
 */
export const LI = {
  /** Profile links: `/in/<slug>` (both captures; BRK). */
  profileLink: 'a[href*="/in/"]',
  /** 2024 top card: the h1 in main (2024 capture: `h1.text-heading-xlarge`). */
  legacyName: 'main h1, h1.text-heading-xlarge',
  /** 2026 SDUI top card: `section[componentkey$="Topcard"]`, the name is its first h2 (2026 capture). */
  topCard: 'section[componentkey$="Topcard"], section[componentkey*="Topcard"]',
  topCardName: 'h1, h2',
  /** Profile photo alt as a last name source (BRK: `img[width=200][height=200]`, `pv-top-card-profile-picture`). */
  topCardPhoto: 'img.pv-top-card-profile-picture__image--show[alt], img[width="200"][height="200"][alt]',
  /** Search results: one `li` per person; the visible name is `span[aria-hidden=true]` in the title link
   *  (the visually-hidden sibling says "View X's profile"). SITE-NOTES §3.1; modelled, no real capture. */
  resultItem: 'li',
  resultName: 'span[aria-hidden="true"]',
  /** Messaging (full page `/messaging/thread/<id>/` and the overlay, also in `#interop-outlet`'s shadow root):
   *  header link `a.msg-thread__link-to-profile` + `h2.msg-entity-lockup__entity-title` (2026 unnamed fixture),
   *  overlay header `.msg-overlay-bubble-header__title`, other person's group `.msg-s-event-listitem--other
   *  .msg-s-message-group__name` (BRK linkedin.js 2026-04). */
  threadHeaderLink: 'a.msg-thread__link-to-profile[href*="/in/"]',
  threadHeaderName: '.msg-entity-lockup__entity-title',
  overlayHeaderLink: '.msg-overlay-bubble-header__title a[href*="/in/"], a.profile-card-one-to-one__profile-link',
  otherGroupLink: '.msg-s-event-listitem--other a.msg-s-message-group__profile-link[href*="/in/"]',
  otherGroupName: '.msg-s-message-group__name',
  /** The viewer's own message groups (same markup without `--other`), BRK's "my messages". */
  ownGroupLink: '.msg-s-event-listitem:not(.msg-s-event-listitem--other) a.msg-s-message-group__profile-link',
  /** Viewer: global nav "Me" (2024 capture: `img.global-nav__me-photo[alt]`; BRK), feed identity card. */
  viewerLinks:
    '.global-nav__me a[href*="/in/"], .feed-identity-module a[href*="/in/"], [data-view-name="identity-module"] a[href*="/in/"]',
  viewerPhoto: 'img.global-nav__me-photo[alt]',
  /** Embedded JSON (2024 capture): the Me menu's "Posts & Activity" item links to the viewer's profile. */
  dataCode: 'code',
  /** Composer (SITE-NOTES §3.3; BRK; OC PR #93 2026-06). */
  composer: 'div.msg-form__contenteditable[contenteditable="true"]',
  composerFallback: '.msg-form [contenteditable="true"][role="textbox"]',
} as const;

export const LIMITS = { links: 3000, codeChars: 6_000_000 } as const;

/** The hosts of the open shadow roots LinkedIn renders overlays in (SITE-NOTES §3.2: the message
 * overlay, the post composer, "Add a note"): `div#interop-outlet[data-testid="interop-shadowdom"]`. */
export const SHADOW_HOSTS = '#interop-outlet, [data-testid="interop-shadowdom"]';
