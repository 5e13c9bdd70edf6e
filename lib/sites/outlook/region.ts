import { queryAllDeep } from '../shared/deep-query';
import { dedupePeople, withoutViewer } from '../shared/people';
import { queryAllIn, touches } from '../shared/region';
import type { PersonOnPage, ViewerInfo } from '../types';
import { outlookFromAttributes, outlookFromText, outlookViewerKeys, outlookViewerOf } from './parse';
import { PERSON_ATTR, READING_PANE, SHADOW_HOSTS, VIEWER } from './selectors';

/**
 * Region scans for Outlook: a persona is one element with an address in its attributes, or a
 * "Name <address>" text in a reading pane; both are judged by themselves and their ancestors.
 * The account manager names the viewer: a region that touches it is left to a full scan.
 */
export function outlookViewer(doc: Document): ViewerInfo {
  return outlookViewerOf(outlookViewerKeys(doc), queryAllDeep(doc, PERSON_ATTR, SHADOW_HOSTS).length);
}

export function findOutlookIn(region: Element, viewer: ViewerInfo): PersonOnPage[] | null {
  if (touches(region, VIEWER)) return null;
  const found: PersonOnPage[] = [];
  outlookFromAttributes(queryAllIn(region, PERSON_ATTR, SHADOW_HOSTS), found);
  const panes = region.closest(READING_PANE) ? [region] : queryAllDeep(region, READING_PANE, SHADOW_HOSTS).slice(0, 5);
  for (const pane of panes) outlookFromText(pane, found);
  return withoutViewer(dedupePeople(found), viewer.keys);
}

export function outlookUnitOf(node: Element): Element | null {
  return node.closest(PERSON_ATTR);
}
