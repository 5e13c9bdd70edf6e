import { emailKey, siteProfileKey } from './basic';
import { normaliseKey, phoneKey, whatsappKey } from './keys';

/**
 * Profile URLs of the supported sites -> identity keys. Only URL *shapes* are trusted:
 * a path that is a site feature (`/explore`, `/home`, `/settings`) is never a person.
 * The site rules live in basic.ts (dependency-free, for content scripts); this adds phone links.
 */
export function keyFromProfileUrl(href: string, base?: string): string | null {
  let u: URL;
  try {
    u = new URL(href, base);
  } catch {
    return null;
  }
  if (u.protocol === 'mailto:') return emailKey(u.pathname);
  if (u.protocol === 'tel:') return phoneKey(u.pathname);
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
  const host = u.hostname.replace(/^www\./, '');
  const first = u.pathname.split('/').filter(Boolean)[0];
  if (host === 'wa.me') return first ? whatsappKey(`+${first}`) : null;
  if (host === 'whatsapp.com' || host === 'api.whatsapp.com') {
    const phone = u.searchParams.get('phone');
    return phone ? whatsappKey(`+${phone.replace(/^\+/, '')}`) : null;
  }
  return siteProfileKey(u);
}

/**
 * Anything a user or a file may hold: a key (`x:jane`), a profile URL, an email, a phone.
 * Used by "add an identity" in the UI and by importers.
 */
export function identityFromText(text: string): string | null {
  const value = text.trim();
  if (!value) return null;
  if (/^(email|phone|whatsapp|facebook|instagram|linkedin|x):/i.test(value)) return normaliseKey(value);
  if (
    /^(https?:|mailto:|tel:)/i.test(value) ||
    /^(www\.)?[a-z.]*(facebook|instagram|linkedin|x|twitter|messenger)\.com\//i.test(value)
  ) {
    return keyFromProfileUrl(/^[a-z]+:/i.test(value) ? value : `https://${value}`);
  }
  if (value.includes('@') && !value.startsWith('@')) return emailKey(value);
  if (/^[+(\d][\d\s().-]{5,}$/.test(value)) return phoneKey(value);
  return null;
}
