import type { SiteId } from './hosts';
import type { Near } from './shared/window';

/** The view of a site a person was found in (for diagnostics and the side panel's grouping). */
export type PageView = string;

/** A person seen on a page. Plain data: it crosses from the content script to the background. */
export interface PersonOnPage {
  /** Clean name: no "• 1st", no "(@handle)", no trailing emoji-only words, trimmed, <= 200 chars. */
  displayName: string;
  /** Identity keys (lib/identity), at least one. */
  identities: string[];
  /** Which view it came from: 'thread', 'inbox', 'profile', 'dm', 'comments', ... */
  view?: PageView;
  /** Where to draw the stage chip. Never sent to the background (stripped before messaging). */
  anchor?: Element;
}

/** What an adapter says when it expected people and found none (a site changed its markup). */
export interface Diagnostic {
  site: SiteId | 'generic';
  view: PageView;
  reason: string;
}

export interface FindResult {
  people: PersonOnPage[];
  /** Set when the page's URL says people should be here but the markup gave none. */
  diagnostic?: Diagnostic;
  /**
   * What `viewer` would say, when the scan of a whole document learnt it on the way (the same
   * elements read once, not twice): a full scan then does not call `viewer`.
   */
  viewer?: ViewerInfo;
}

/**
 * What only the whole page can tell, learnt on a full scan and handed to region scans: the
 * logged-in user's keys (never returned) and, for sites that need it, one page-level fact
 * (WhatsApp: the open chat). A region scan that sees evidence this lacks (the viewer's own
 * markup, another chat) answers null, and the caller scans the whole page again.
 */
export interface ViewerInfo {
  keys: ReadonlySet<string>;
  page?: string;
  /**
   * The full scan stopped at one of the adapter's bounds (3,000 addresses, 300 posts): region scans
   * then read nothing after its last person either, so both agree on who is on the page.
   */
  bounded?: boolean;
}

/**
 * One adapter per site (DESIGN.md habit 1). Adapters are pure over a Document/Element and a URL:
 * they never throw (a broken page gives `{ people: [] }` plus a diagnostic), never return the
 * logged-in user, and never return markup in a name.
 */
export interface SiteAdapter {
  id: SiteId | 'generic';
  matches(url: string): boolean;
  /**
   * The people on the page (or below an element), never the viewer. `limit`: the caller keeps only
   * the first `limit` people, so an adapter may stop reading once it has that many. `near`: what
   * the adapter passes its long lists of units (rows, posts, messages) through, so that a full
   * scan of a long page reads only those on or near the screen (lib/sites/shared/window.ts).
   * `known`: the viewer the last full scan of this page learnt, handed back to a scan a scroll
   * asked for (the viewer's hooks are the same; on a long page, reading them again is a query over
   * the whole document per scroll): an adapter may use it instead of reading them, and return it.
   */
  find(root: Document | ShadowRoot | Element, url: string, limit?: number, near?: Near, known?: ViewerInfo): FindResult;
  /** Who is logged in (and page facts a region scan needs), from the whole document. */
  viewer?(doc: Document, url: string): ViewerInfo;
  /**
   * The people inside one element of the page (a subtree the page added or changed), never the
   * viewer. Null when the region touches something only a full scan can judge (a page header,
   * the viewer's own markup, another chat); the caller then scans the whole page.
   */
  findIn?(region: Element, viewer: ViewerInfo, url: string): PersonOnPage[] | null;
  /**
   * The element whose people a change at `node` can alter (a row, a post, a link), or null when
   * the node lies in no such unit: a change there alters only what is below it.
   */
  unitOf?(node: Element): Element | null;
  /** The open message box to put a draft into, or null when none is open. */
  composeBox?(root: Document | ShadowRoot | Element): HTMLElement | null;
}
