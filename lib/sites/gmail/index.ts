import { SITE_HOSTS } from '../hosts';
import type { SiteAdapter } from '../types';
import { gmailComposeBox } from './compose';
import { findGmailPeople } from './parse';
import { findGmailIn, gmailUnitOf, gmailViewer } from './region';

export const gmailAdapter: SiteAdapter = {
  id: 'gmail',
  matches(url) {
    try {
      return (SITE_HOSTS.gmail as readonly string[]).includes(new URL(url).hostname);
    } catch {
      return false;
    }
  },
  find(root, url, limit, near) {
    try {
      return findGmailPeople(root, url, limit, near);
    } catch (err) {
      return {
        people: [],
        diagnostic: { site: 'gmail', view: 'unknown', reason: `parser error: ${String(err).slice(0, 200)}` },
      };
    }
  },
  viewer: gmailViewer,
  findIn: findGmailIn,
  unitOf: gmailUnitOf,
  composeBox: gmailComposeBox,
};
