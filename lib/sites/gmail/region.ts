import { queryAllDeep } from '../shared/deep-query';
import { dedupePeople, withoutViewer } from '../shared/people';
import { learnsViewer, queryAllIn } from '../shared/region';
import type { PersonOnPage, ViewerInfo } from '../types';
import { GMAIL_HOOKS, gmailCandidates, gmailViewerKeys, gmailViewerKeysIn, MAX_ELEMENTS } from './parse';
import { ACCOUNT_BUTTON, COMPOSE_CHIP, PERSON } from './selectors';

/**
 * Region scans for Gmail. Every person hangs on one element (`span[email]`, a compose chip, an
 * old chip's `.vR`), judged by its own attributes and its ancestors, so a row or a header can be
 * read alone. The viewer comes from the title (the document) and the account's own chips.
 */
export function gmailViewer(doc: Document): ViewerInfo {
  const all = queryAllDeep(doc, `${ACCOUNT_BUTTON}, ${PERSON}`);
  const spans = all.filter((el) => el.matches(PERSON)).length;
  return { keys: gmailViewerKeys(doc, all.slice(0, MAX_ELEMENTS)), bounded: spans > MAX_ELEMENTS };
}

export function findGmailIn(region: Element, viewer: ViewerInfo): PersonOnPage[] | null {
  const all = queryAllIn(region, GMAIL_HOOKS);
  if (learnsViewer(gmailViewerKeysIn(all), viewer)) return null;
  return withoutViewer(dedupePeople(gmailCandidates(all)), viewer.keys);
}

export function gmailUnitOf(node: Element): Element | null {
  return node.closest(`${PERSON}, ${COMPOSE_CHIP}, .vR`);
}
