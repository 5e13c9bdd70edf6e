import { siteOfUrl } from '../hosts';
import type { SiteAdapter } from '../types';
import { facebookComposeBox } from './compose';
import { facebookView, findFacebookPeople } from './parse';
import { facebookUnitOf, facebookViewer, findFacebookIn } from './region';

/** Facebook and Messenger (www.facebook.com, www.messenger.com): profiles, threads, members, posts, comments. */
export const facebookAdapter: SiteAdapter = {
  id: 'facebook',
  matches: (url) => siteOfUrl(url) === 'facebook',
  find(root, url, _limit, near, known) {
    try {
      return findFacebookPeople(root, url, near, known);
    } catch (error) {
      return {
        people: [],
        diagnostic: { site: 'facebook', view: safeView(url), reason: `parser error: ${String(error).slice(0, 200)}` },
      };
    }
  },
  viewer: facebookViewer,
  findIn: findFacebookIn,
  unitOf: facebookUnitOf,
  composeBox(root) {
    try {
      return facebookComposeBox(root);
    } catch {
      return null;
    }
  },
};

function safeView(url: string): string {
  try {
    return facebookView(url);
  } catch {
    return 'unknown';
  }
}
