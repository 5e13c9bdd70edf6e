import { siteOfUrl } from '../hosts';
import type { SiteAdapter } from '../types';
import { linkedinComposeBox } from './compose';
import { findLinkedinPeople, linkedinView } from './parse';
import { findLinkedinIn, linkedinUnitOf, linkedinViewer } from './region';

/** LinkedIn (www.linkedin.com): profile pages (2024 and 2026 markup), people search, messaging. */
export const linkedinAdapter: SiteAdapter = {
  id: 'linkedin',
  matches: (url) => siteOfUrl(url) === 'linkedin',
  find(root, url, limit, near, known) {
    try {
      return findLinkedinPeople(root, url, limit, near, known);
    } catch (error) {
      return {
        people: [],
        diagnostic: {
          site: 'linkedin',
          view: linkedinView(url),
          reason: `parser error: ${String(error).slice(0, 200)}`,
        },
      };
    }
  },
  viewer: linkedinViewer,
  findIn: findLinkedinIn,
  unitOf: linkedinUnitOf,
  composeBox(root) {
    try {
      return linkedinComposeBox(root);
    } catch {
      return null;
    }
  },
};
