import { facebookAdapter } from './facebook';
import { genericAdapter } from './generic';
import { gmailAdapter } from './gmail';
import { siteOfUrl } from './hosts';
import { instagramAdapter } from './instagram';
import { linkedinAdapter } from './linkedin';
import { outlookAdapter } from './outlook';
import type { FindResult, PersonOnPage, SiteAdapter } from './types';
import { whatsappAdapter } from './whatsapp';
import { xAdapter } from './x';

export type { Diagnostic, FindResult, PersonOnPage, SiteAdapter } from './types';

/** Every site adapter. Content scripts import only their own; this table is for tests and tools. */
export const SITE_ADAPTERS: Record<NonNullable<ReturnType<typeof siteOfUrl>>, SiteAdapter> = {
  gmail: gmailAdapter,
  outlook: outlookAdapter,
  facebook: facebookAdapter,
  instagram: instagramAdapter,
  linkedin: linkedinAdapter,
  x: xAdapter,
  whatsapp: whatsappAdapter,
};

/** The adapter for a URL: a supported site's own, else the generic finder (links, h-cards). */
export function adapterFor(url: string): SiteAdapter {
  const site = siteOfUrl(url);
  return site ? SITE_ADAPTERS[site] : genericAdapter;
}

export function findOnPage(doc: Document, url: string): FindResult {
  try {
    return adapterFor(url).find(doc, url);
  } catch {
    return { people: [] };
  }
}

/** The pure entry point: the people a page shows, never the logged-in user. */
export function findPeople(doc: Document, url: string): PersonOnPage[] {
  return findOnPage(doc, url).people;
}
