/**
 * Instagram hooks with their evidence (DESIGN.md habit 2). "dm capture" =
 * /work/shared/fixtures/pages/instagram/2025-04-dm-anon.html (Apr 2025, logged in);
 * "profile capture" = .../2024-12-profile.html (Dec 2024, logged out: SSR head only, empty body).
 */
export const IG = {
  /** Page content; the left nav bar (with the viewer's "Profile" link) is outside it (dm capture). */
  main: 'main, [role="main"]',
  /** Any link; profile links are `https://www.instagram.com/<handle>/` (dm capture; MASK getUserId). */
  link: 'a[href]',
  /** The thread list is `[role=navigation]` inside main; its first h2 is the viewer's handle (dm capture). */
  threadList: '[role="navigation"]',
  threadListOwner: 'h2',
  /** Message rows live in a `[role=grid]`; links in it are shared content, not the partner (dm capture). */
  messages: '[role="grid"], [role="row"]',
  /** The thread header names the partner in an h2 inside the profile link (dm capture). */
  headerName: 'h2, span[title]',
  /** Profile header: `main header` with the handle in h2 (MASK selector.ts 2024-09; SITE-NOTES §2.1). */
  profileHeader: 'main header, header',
  profileHeading: 'h2, h1',
  /** SSR metadata: og:title "Name (@handle) • Instagram photos and videos", og:url (profile capture). */
  ogTitle: 'meta[property="og:title"]',
  ogUrl: 'meta[property="og:url"]',
  /** Lexical DM box (dm capture: role=textbox, contenteditable, data-lexical-editor, aria-label "Message"). */
  composer: 'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]',
  composerFallback: '[contenteditable="true"][role="textbox"]',
} as const;

export const LIMITS = { links: 3000 } as const;
