import { perUrl } from '../shared/region';
import type { PersonOnPage, ViewerInfo } from '../types';
import { instagramView, instagramViewerKeys } from './parse';
import { IG } from './selectors';

const viewOf = perUrl(instagramView);
/**
 * Region scans for Instagram. A page names one person (the profile, the DM partner), decided over
 * the whole page, so only changes that cannot name anyone are answered here: new messages in a
 * thread (links in them are shared content) and anything on a page of no person. The rest is left
 * to a full scan, which is small on these pages.
 */
export function instagramViewer(doc: Document, url: string): ViewerInfo {
  return { keys: new Set(instagramViewerKeys(doc, url)) };
}

export function findInstagramIn(region: Element, _viewer: ViewerInfo, url: string): PersonOnPage[] | null {
  const view = viewOf(url);
  if (view === 'dm') return region.closest(IG.messages) ? [] : null;
  return view === 'other' ? [] : null;
}

export function instagramUnitOf(node: Element): Element | null {
  return node.closest(IG.messages);
}
