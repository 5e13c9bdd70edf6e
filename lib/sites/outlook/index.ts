import { SITE_HOSTS } from '../hosts';
import type { SiteAdapter } from '../types';
import { outlookComposeBox } from './compose';
import { findOutlookPeople } from './parse';
import { findOutlookIn, outlookUnitOf, outlookViewer } from './region';

export const outlookAdapter: SiteAdapter = {
  id: 'outlook',
  matches(url) {
    try {
      return (SITE_HOSTS.outlook as readonly string[]).includes(new URL(url).hostname);
    } catch {
      return false;
    }
  },
  find(root, url) {
    try {
      return findOutlookPeople(root, url);
    } catch (err) {
      return {
        people: [],
        diagnostic: { site: 'outlook', view: 'unknown', reason: `parser error: ${String(err).slice(0, 200)}` },
      };
    }
  },
  viewer: outlookViewer,
  findIn: findOutlookIn,
  unitOf: outlookUnitOf,
  composeBox: outlookComposeBox,
};
