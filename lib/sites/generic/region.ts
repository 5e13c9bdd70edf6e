import { beyond, queryAllIn } from '../shared/region';
import type { PersonOnPage, ViewerInfo } from '../types';
import { baseOf, genericPeopleOf, MAX_CARDS, MAX_LINKS } from './parse';
import { H_CARD, LINK } from './selectors';

/**
 * Region scans for the generic finder: an h-card and a link are each read on their own, and a
 * page of no supported site has no viewer to keep out.
 */
export function genericViewer(doc: Document): ViewerInfo {
  return { keys: new Set(), bounded: beyond(doc, H_CARD, MAX_CARDS) || beyond(doc, LINK, MAX_LINKS) };
}

export function findGenericIn(region: Element): PersonOnPage[] {
  return genericPeopleOf(queryAllIn(region, H_CARD), queryAllIn(region, LINK), baseOf(region));
}

/** The h-card a change is in (its links are its own), else the link. */
export function genericUnitOf(node: Element): Element | null {
  return node.closest(H_CARD) ?? node.closest(LINK);
}
