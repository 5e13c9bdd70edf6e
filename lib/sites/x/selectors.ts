/**
 * X (x.com, twitter.com) hooks with their evidence (DESIGN.md habit 2). "capture" =
 * /work/shared/fixtures/pages/x/2025-12-profile.html (logged-out profile, Dec 2025). X's classes are
 * generated (`css-175oi2r`, `r-…`); data-testid hooks have lasted for years (CPFT 2026-08).
 */
export const X = {
  /** Profile header: `[data-testid="UserName"]` = display name then "@handle" (capture). */
  profileName: '[data-testid="UserName"]',
  /** Post author block: `[data-testid="User-Name"]`, links to `/<handle>` (capture; CPFT). Quoted posts have no link. */
  postAuthor: '[data-testid="User-Name"]',
  /** Display-name text nodes live in `div[dir]` (capture: `<div dir="ltr"><span><span>Kiko Beats</span>…`). */
  textBlock: '[dir]',
  /** Viewer: nav profile link and account switcher avatar (MASK; SITE-NOTES §4.3, 2026 PRD). */
  viewerProfileLink: 'a[data-testid="AppTabBar_Profile_Link"][href]',
  viewerSwitcherAvatar: '[data-testid="SideNav_AccountSwitcher_Button"] [data-testid^="UserAvatar-Container-"]',
  avatarPrefix: 'UserAvatar-Container-',
  /** XChat (`/i/chat/<id>`), inside the open shadow root of `[data-testid="xchatEmbedRoute"]` (SITE-NOTES §4.1). */
  chatHeaderLink: '[data-testid="dm-conversation-header"] a[href]',
  chatHeaderName: '[data-testid="dm-conversation-username"]',
  /** Legacy DM inbox rows: `[role=tab][data-testid="conversation"]` (a 2025-26 X theming userscript's CSS) [unverified]. */
  legacyConversation: '[data-testid="conversation"]',
  /** Composers: XChat textarea (SITE-NOTES §4.1); legacy Draft.js box in `dmComposerTextInput` (XS 2025-06). */
  chatComposer: 'textarea[data-testid="dm-composer-textarea"]',
  legacyComposer: '[data-testid="dmComposerTextInput"]',
  draftEditable: '.public-DraftEditor-content[contenteditable="true"], [contenteditable="true"]',
} as const;

/** A handle as X allows it (MASK twitter.ts). */
export const HANDLE_TEXT = /^@([A-Za-z0-9_]{1,15})$/;

export const LIMITS = { posts: 300, rows: 200 } as const;

/** The hosts of X's open shadow roots (SITE-NOTES §4.1): XChat in `xchatEmbedRoute`, its hover
 * cards and menus in `xchatEmbedOverlays`. */
export const SHADOW_HOSTS = '[data-testid="xchatEmbedRoute"], [data-testid="xchatEmbedOverlays"]';
