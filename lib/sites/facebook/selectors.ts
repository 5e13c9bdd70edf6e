/**
 * Facebook and Messenger hooks, each with its evidence (DESIGN.md habit 2). Roles, aria and URL
 * shapes only: Facebook's atomic classes (`x1i10hfl`, ...) change every few weeks (SITE-NOTES §1.8).
 * "capture" = /work/shared/fixtures/pages/facebook/2023-11-messenger-thread-anon.html (Nov 2023).
 */
export const FB = {
  /** Page regions. Messenger nests two `[role=main]`; the innermost holds the open thread (capture). */
  main: '[role="main"]',
  /** A link whose aria-label is a person's name: the thread header link (capture; BRK facebook.js). */
  labelledLink: 'a[href][aria-label]',
  /** Message list and chat list are ARIA grids; rows stand for messages or chats (capture; FMD, STM 2026-02). */
  grid: '[role="grid"]',
  row: '[role="row"]',
  /** A chat-list row links to its thread (capture: `/messages/t/<id>/`; messenger.com `/t/<id>/`, FMD). */
  chatRowLink: '[role="row"] a[href*="/t/"]',
  /** The row name is the first `span[dir=auto]`; the avatar `[role=img][aria-label]` names the people in it (capture). */
  chatRowName: 'span[dir="auto"]',
  chatRowAvatar: '[role="img"][aria-label]',
  /** Profile page name: the first h1 in main (MASK getProfile; BH pages.md "top-level h1 for years", 2026-04). */
  profileName: 'h1',
  /** Posts and comments (BH groups.md 2026-04; FBC 2025-10: replies nest inside the parent comment's article). */
  article: '[role="article"]',
  /** Group feeds lost role=article in 2026-08 (browser-harness PR #613): the feed's children are the posts. */
  feedItems: '[role="feed"] > *',
  /** The author link of a post sits in a heading or strong (BH groups.md 2026-04). */
  postAuthorLink: 'h2 a[href], h3 a[href], h4 a[href], strong a[href]',
  /** Group member list: `/groups/<gid>/user/<uid>/` anchors (SITE-NOTES §1.3, 2025-26 unnamed). */
  memberLink: 'a[href*="/groups/"][href*="/user/"]',
  memberList: '[role="list"], [role="main"]',
  /** The viewer's id in the page's JSON (capture's `CurrentUserInitialData`; BRK, SITE-NOTES §1.6). */
  dataScripts: 'script[type="application/json"]',
  /** Lexical composer on both hosts (capture; SITE-NOTES §1.7, MU 2025-08). */
  composer: 'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]',
  composerFallback: '[contenteditable="true"][role="textbox"]',
} as const;

/** Bounds on huge pages (a long feed, a thread scrolled back for months). */
export const LIMITS = {
  articles: 400,
  linksPerArticle: 40,
  chatRows: 200,
  members: 2000,
  scriptChars: 4_000_000,
} as const;
