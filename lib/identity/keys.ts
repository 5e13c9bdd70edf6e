import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { decode, emailKey, facebookIdKey, handleKey } from './basic';

export { emailKey, facebookIdKey, handleKey } from './basic';

/**
 * Identity keys: how a person is known across sites, never by name alone (DESIGN.md "Identity").
 *   email:jane@example.com   phone:+15551234567   whatsapp:+15551234567
 *   facebook:jane.doe        facebook:id:1000123  instagram:jane
 *   linkedin:jane-doe-12ab   x:jane
 * Keys are lower-cased, percent-decoded and trimmed here and nowhere else.
 */
export const IDENTITY_KINDS = ['email', 'phone', 'whatsapp', 'facebook', 'instagram', 'linkedin', 'x'] as const;
export type IdentityKind = (typeof IDENTITY_KINDS)[number];

/**
 * E.164 with libphonenumber (numbers written for people: spaces, dashes, brackets, 00 prefixes).
 * A national number without a country code needs the user's default country; without one it is
 * refused rather than guessed.
 */
export function e164(raw: string, defaultCountry?: CountryCode): string | null {
  const text = decode(raw)
    .replace(/^tel:/i, '')
    .replace(/^\s*00/, '+')
    .trim();
  if (!/\d/.test(text) || text.length > 40) return null;
  const parsed = parsePhoneNumberFromString(text, defaultCountry);
  if (!parsed || !parsed.isPossible()) return null;
  return parsed.number;
}

export function phoneKey(raw: string, defaultCountry?: CountryCode): string | null {
  const number = e164(raw, defaultCountry);
  return number ? `phone:${number}` : null;
}

export function whatsappKey(raw: string, defaultCountry?: CountryCode): string | null {
  const number = e164(raw, defaultCountry);
  return number ? `whatsapp:${number}` : null;
}

/** Accepts an existing key (from storage, an import, a message) and normalises it again. */
export function normaliseKey(raw: string): string | null {
  const idx = raw.indexOf(':');
  if (idx <= 0) return null;
  const kind = raw.slice(0, idx).trim().toLowerCase();
  const rest = raw.slice(idx + 1);
  switch (kind) {
    case 'email':
      return emailKey(rest);
    case 'phone':
      return phoneKey(rest);
    case 'whatsapp':
      return whatsappKey(rest);
    case 'facebook':
      return /^id:/i.test(rest) ? facebookIdKey(rest.slice(3)) : handleKey('facebook', rest);
    case 'instagram':
    case 'linkedin':
    case 'x':
      return handleKey(kind, rest);
    default:
      return null;
  }
}

export function kindOfKey(key: string): IdentityKind | null {
  const kind = key.slice(0, key.indexOf(':'));
  return (IDENTITY_KINDS as readonly string[]).includes(kind) ? (kind as IdentityKind) : null;
}

/** The value part of a key, for display: `instagram:jane` -> `@jane`. */
export function displayKey(key: string): string {
  const kind = kindOfKey(key);
  const value = key.slice(key.indexOf(':') + 1);
  if (kind === 'instagram' || kind === 'x') return `@${value}`;
  if (kind === 'facebook' && value.startsWith('id:')) return `facebook ${value.slice(3)}`;
  return value;
}
