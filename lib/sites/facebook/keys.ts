import { siteProfileKey } from '../../identity/basic';

/**
 * The identity key of a Facebook/Messenger link (relative hrefs resolved against the page URL).
 * `facebook.com/<digits>/` (the Messenger thread header, capture 2023-11) is keyed
 * `facebook:id:<digits>` by siteProfileKey, so it meets the same person's `profile.php?id=` key.
 */
export function facebookKey(href: string | null | undefined, base?: string): string | null {
  const u = facebookUrl(href, base);
  return u ? facebookKeyOf(u) : null;
}

/** A link's URL resolved against the page, or null (too long, not a URL). */
export function facebookUrl(href: string | null | undefined, base?: string): URL | null {
  if (!href || href.length > 2000) return null;
  try {
    return new URL(href, base);
  } catch {
    return null;
  }
}

export function facebookKeyOf(u: URL): string | null {
  const key = siteProfileKey(u);
  return key?.startsWith('facebook:') ? key : null;
}
