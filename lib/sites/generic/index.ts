import type { SiteAdapter } from '../types';
import { findGenericPeople } from './parse';
import { findGenericIn, genericUnitOf, genericViewer } from './region';

/** Any page, on a toolbar click: mailto:/tel: links, h-cards, links to profiles on supported sites. */
export const genericAdapter: SiteAdapter = {
  id: 'generic',
  matches(url) {
    return /^https?:\/\//i.test(url);
  },
  find(root) {
    try {
      return findGenericPeople(root);
    } catch (err) {
      return {
        people: [],
        diagnostic: { site: 'generic', view: 'page', reason: `parser error: ${String(err).slice(0, 200)}` },
      };
    }
  },
  viewer: genericViewer,
  findIn: findGenericIn,
  unitOf: genericUnitOf,
};
