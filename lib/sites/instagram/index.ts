import { siteOfUrl } from '../hosts';
import type { SiteAdapter } from '../types';
import { instagramComposeBox } from './compose';
import { findInstagramPeople, instagramView } from './parse';
import { findInstagramIn, instagramUnitOf, instagramViewer } from './region';

/** Instagram (www.instagram.com): a profile page and a Direct thread. */
export const instagramAdapter: SiteAdapter = {
  id: 'instagram',
  matches: (url) => siteOfUrl(url) === 'instagram',
  find(root, url) {
    try {
      return findInstagramPeople(root, url);
    } catch (error) {
      return {
        people: [],
        diagnostic: {
          site: 'instagram',
          view: instagramView(url),
          reason: `parser error: ${String(error).slice(0, 200)}`,
        },
      };
    }
  },
  viewer: instagramViewer,
  findIn: findInstagramIn,
  unitOf: instagramUnitOf,
  composeBox(root) {
    try {
      return instagramComposeBox(root);
    } catch {
      return null;
    }
  },
};
