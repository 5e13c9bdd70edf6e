import { shadowRootsThisTask } from '../shared/deep-query';
import { dedupePeople, withoutViewer } from '../shared/people';
import { learnsViewer, touches } from '../shared/region';
import type { PersonOnPage, ViewerInfo } from '../types';
import { chat, posts, xViewerKeys, xViewerOf } from './parse';
import { SHADOW_HOSTS, X } from './selectors';

/**
 * Region scans for X. A post's author block and a legacy DM row are judged on their own; the
 * profile header and the XChat header stand for the whole page and are left to a full scan, as is
 * a region holding the viewer's own nav link or account switcher.
 */
export function xViewer(doc: Document, url: string): ViewerInfo {
  return xViewerOf(
    doc,
    [doc, ...shadowRootsThisTask(doc, SHADOW_HOSTS)].flatMap((s) => xViewerKeys(s, url)),
  );
}

const PAGE_HOOKS = `${X.profileName}, [data-testid="dm-conversation-header"], ${X.chatHeaderName}`;

export function findXIn(region: Element, viewer: ViewerInfo, url: string): PersonOnPage[] | null {
  const scopes = [region, ...shadowRootsThisTask(region, SHADOW_HOSTS)];
  const shown = scopes.flatMap((s) => xViewerKeys(s, url));
  if (learnsViewer(shown, viewer)) return null;
  if (touches(region, PAGE_HOOKS)) return null;
  return withoutViewer(dedupePeople([...chat(scopes, url), ...posts(region, url)]), viewer.keys);
}

/** The author block or DM row a change is in. */
export function xUnitOf(node: Element): Element | null {
  return node.closest(`${X.postAuthor}, ${X.legacyConversation}`);
}
