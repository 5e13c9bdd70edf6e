import { siteOfUrl } from '../hosts';
import type { SiteAdapter } from '../types';
import { xComposeBox } from './compose';
import { findXPeople, xView } from './parse';
import { findXIn, xUnitOf, xViewer } from './region';

/** X (x.com, twitter.com): profile pages, post authors in any timeline, XChat and legacy DMs. */
export const xAdapter: SiteAdapter = {
  id: 'x',
  matches: (url) => siteOfUrl(url) === 'x',
  find(root, url, _limit, near, known) {
    try {
      return findXPeople(root, url, near, known);
    } catch (error) {
      return {
        people: [],
        diagnostic: { site: 'x', view: xView(url), reason: `parser error: ${String(error).slice(0, 200)}` },
      };
    }
  },
  viewer: xViewer,
  findIn: findXIn,
  unitOf: xUnitOf,
  composeBox(root) {
    try {
      return xComposeBox(root);
    } catch {
      return null;
    }
  },
};
