import { siteProfileKey } from '../../identity/basic';

/** The identity key of an X profile link (relative hrefs resolved against the page URL), or null. */
export function xKey(href: string | null | undefined, base?: string): string | null {
  if (!href || href.length > 2000) return null;
  try {
    const key = siteProfileKey(new URL(href, base));
    return key?.startsWith('x:') ? key : null;
  } catch {
    return null;
  }
}
