import { dedupePeople, withoutViewer } from '../shared/people';
import { holds, learnsViewer, outermost, perUrl, selfAndBelow, touches } from '../shared/region';
import type { PersonOnPage, ViewerInfo } from '../types';
import { facebookView, facebookViewerOf, members, postsAndComments } from './parse';
import { FB } from './selectors';
import { facebookViewerKeys, facebookViewerKeysIn } from './viewer';

const viewOf = perUrl(facebookView);
/**
 * Region scans for Facebook. Posts, comments and member links are each judged within their own
 * article or link. What stands for the whole page is left to a full scan: a thread's partner (the
 * first labelled link in the innermost main) and its chat rows, a profile's name (its h1).
 */
export function facebookViewer(doc: Document): ViewerInfo {
  return facebookViewerOf(doc, facebookViewerKeys(doc));
}

/** A post with its nested comments, a feed item, or a link: what one change can alter. */
const UNIT = `${FB.article}, ${FB.feedItems}`;

export function findFacebookIn(region: Element, viewer: ViewerInfo, url: string): PersonOnPage[] | null {
  if (learnsViewer(facebookViewerKeysIn(selfAndBelow(region, FB.dataScripts)), viewer)) return null;
  const view = viewOf(url);
  let people: PersonOnPage[];
  if (view === 'thread') {
    // a message without links names nobody; a row or the header decides the page's partner
    if (touches(region, `a[href], ${FB.main}, ${FB.profileName}`)) return null;
    people = [];
  } else if (view === 'members') people = members(region, url);
  else if (view === 'profile') {
    if (holds(region, FB.main) || touches(region, FB.profileName)) return null;
    people = postsAndComments(region, url);
  } else people = postsAndComments(region, url);
  return withoutViewer(dedupePeople(people), viewer.keys);
}

export function facebookUnitOf(node: Element): Element | null {
  return outermost(node, UNIT) ?? node.closest('a[href]');
}
