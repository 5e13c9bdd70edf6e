import { SITE_HOSTS } from '../hosts';
import type { SiteAdapter } from '../types';
import { whatsappComposeBox } from './compose';
import { findWhatsappPeople } from './parse';
import { findWhatsappIn, whatsappUnitOf, whatsappViewer } from './region';

export const whatsappAdapter: SiteAdapter = {
  id: 'whatsapp',
  matches(url) {
    try {
      return (SITE_HOSTS.whatsapp as readonly string[]).includes(new URL(url).hostname);
    } catch {
      return false;
    }
  },
  find(root, _url, limit, near) {
    try {
      return findWhatsappPeople(root, limit, near);
    } catch (err) {
      return {
        people: [],
        diagnostic: { site: 'whatsapp', view: 'unknown', reason: `parser error: ${String(err).slice(0, 200)}` },
      };
    }
  },
  viewer: whatsappViewer,
  findIn: findWhatsappIn,
  unitOf: whatsappUnitOf,
  composeBox: whatsappComposeBox,
};
