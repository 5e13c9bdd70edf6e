import { siteProfileKey } from '../../identity/basic';

/** The identity key of a LinkedIn profile link (relative hrefs resolved against the page URL), or null. */
export function linkedinKey(href: string | null | undefined, base?: string): string | null {
  if (!href || href.length > 2000) return null;
  try {
    const key = siteProfileKey(new URL(href, base));
    return key?.startsWith('linkedin:') ? key : null;
  } catch {
    return null;
  }
}
