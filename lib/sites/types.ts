import type { SiteId } from './hosts';

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
}

/**
 * One adapter per site (DESIGN.md habit 1). Adapters are pure over a Document/Element and a URL:
 * they never throw (a broken page gives `{ people: [] }` plus a diagnostic), never return the
 * logged-in user, and never return markup in a name.
 */
export interface SiteAdapter {
  id: SiteId | 'generic';
  matches(url: string): boolean;
  find(root: Document | ShadowRoot | Element, url: string): FindResult;
  /** The open message box to put a draft into, or null when none is open. */
  composeBox?(root: Document | ShadowRoot | Element): HTMLElement | null;
}
