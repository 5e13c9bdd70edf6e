import { shadowRootsThisTask } from '../shared/deep-query';
import { dedupePeople, withoutViewer } from '../shared/people';
import { learnsViewer, perUrl, touches } from '../shared/region';
import type { PersonOnPage, ViewerInfo } from '../types';
import { linkedinView, linkedinViewerOf, messaging, search } from './parse';
import { LI, SHADOW_HOSTS } from './selectors';
import { linkedinViewerKeys } from './viewer';

const viewOf = perUrl(linkedinView);
/**
 * Region scans for LinkedIn. A search result (`li`) and a message group are judged on their
 * own; a profile's name (its top card or h1) stands for the whole page and is left to a full scan,
 * as is a region that shows the viewer's own links or messages when the full scan did not.
 */
export function linkedinViewer(doc: Document, url: string): ViewerInfo {
  return linkedinViewerOf(doc, linkedinViewerKeys([doc, ...shadowRootsThisTask(doc, SHADOW_HOSTS)], url));
}

const PROFILE_HOOKS = `${LI.topCard}, h1, ${LI.topCardPhoto}`;

export function findLinkedinIn(region: Element, viewer: ViewerInfo, url: string): PersonOnPage[] | null {
  const scopes = [region, ...shadowRootsThisTask(region, SHADOW_HOSTS)];
  if (learnsViewer(linkedinViewerKeys(scopes, url), viewer)) return null;
  const view = viewOf(url);
  if (view === 'profile' && touches(region, PROFILE_HOOKS)) return null;
  const people = view === 'search' ? search(region, url) : [];
  people.push(...messaging(scopes, url));
  return withoutViewer(dedupePeople(people), viewer.keys);
}

/** A result or message item (`li`), else the profile link a change is in. */
export function linkedinUnitOf(node: Element): Element | null {
  return node.closest('li') ?? node.closest('a[href]');
}
