import { siteProfileKey } from '../../identity/basic';

/** The identity key of an Instagram profile link (relative hrefs resolved against the page URL), or null. */
export function instagramKey(href: string | null | undefined, base?: string): string | null {
  if (!href || href.length > 2000) return null;
  try {
    const key = siteProfileKey(new URL(href, base));
    return key?.startsWith('instagram:') ? key : null;
  } catch {
    return null;
  }
}
