import { siteProfileKey } from '../../identity/basic';

/**
 * The identity key of a Facebook/Messenger link (relative hrefs resolved against the page URL).
 * `facebook.com/<digits>/` is a profile by numeric id (vanity names are never all digits; the
 * Messenger thread header links this way, capture 2023-11): it is keyed `facebook:id:<digits>`
 * so it meets the same person's `profile.php?id=` and `/messages/t/<id>` keys.
 */
export function facebookKey(href: string | null | undefined, base?: string): string | null {
  if (!href || href.length > 2000) return null;
  let u: URL;
  try {
    u = new URL(href, base);
  } catch {
    return null;
  }
  const key = siteProfileKey(u);
  if (!key?.startsWith('facebook:')) return null;
  const numeric = /^facebook:(\d{3,25})$/.exec(key);
  return numeric ? `facebook:id:${numeric[1]}` : key;
}
