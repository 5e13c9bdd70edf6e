import { queryAllDeep } from '../shared/deep-query';
import { dedupePeople, withoutViewer } from '../shared/people';
import { learnsViewer, queryAllIn } from '../shared/region';
import type { PersonOnPage, ViewerInfo } from '../types';
import { GMAIL_HOOKS, gmailCandidates, gmailViewerKeysIn, gmailViewerOf, sortHooks } from './parse';
import { COMPOSE_CHIP, PERSON, SHADOW_HOSTS } from './selectors';

/**
 * Region scans for Gmail. Every person hangs on one element (`span[email]`, a compose chip, an
 * old chip's `.vR`), judged by its own attributes and its ancestors, so a row or a header can be
 * read alone. The viewer comes from the title (the document) and the account's own chips.
 */
export function gmailViewer(doc: Document): ViewerInfo {
  return gmailViewerOf(doc, sortHooks(queryAllDeep(doc, GMAIL_HOOKS, SHADOW_HOSTS)));
}

export function findGmailIn(region: Element, viewer: ViewerInfo): PersonOnPage[] | null {
  const hooks = sortHooks(queryAllIn(region, GMAIL_HOOKS, SHADOW_HOSTS));
  if (learnsViewer(gmailViewerKeysIn(hooks), viewer)) return null;
  return withoutViewer(dedupePeople(gmailCandidates(hooks)), viewer.keys);
}

export function gmailUnitOf(node: Element): Element | null {
  return node.closest(`${PERSON}, ${COMPOSE_CHIP}, .vR`);
}
