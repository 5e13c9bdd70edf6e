import { kindOfKey } from '../../identity';

/**
 * The public profile URL of a site identity key, so an exported file can be read back
 * (lib/identity `keyFromProfileUrl` turns each of these into the same key again).
 * Returns null for email and phone keys, which have their own fields.
 */
export function profileUrlFromKey(key: string): string | null {
  const kind = kindOfKey(key);
  const value = key.slice(key.indexOf(':') + 1);
  switch (kind) {
    case 'facebook':
      return value.startsWith('id:')
        ? `https://www.facebook.com/profile.php?id=${value.slice(3)}`
        : `https://www.facebook.com/${value}`;
    case 'instagram':
      return `https://www.instagram.com/${value}/`;
    case 'linkedin':
      return `https://www.linkedin.com/in/${value}/`;
    case 'x':
      return `https://x.com/${value}`;
    case 'whatsapp':
      return `https://wa.me/${value.replace(/^\+/, '')}`;
    default:
      return null;
  }
}

/** The parts of a contact the exporters write. */
export interface ExportableContact {
  id?: string;
  name: string;
  identities: readonly string[];
  birthday?: string;
  notes?: string;
  tags?: readonly string[];
  phones?: readonly string[];
  company?: string;
  title?: string;
}

/** First word and the rest, so "Chloé Van Damme, Jr." reads back as the same name. */
export function splitName(name: string): { given: string; family: string } {
  const clean = name.trim().replace(/\s+/g, ' ');
  const space = clean.indexOf(' ');
  return space < 0 ? { given: clean, family: '' } : { given: clean.slice(0, space), family: clean.slice(space + 1) };
}

/** Phones written as text that are not already one of the contact's phone identities. */
export function extraPhones(contact: ExportableContact): string[] {
  const e164 = contact.identities.filter((k) => k.startsWith('phone:')).map((k) => k.slice(6).replace(/\D/g, ''));
  return (contact.phones ?? []).filter((raw) => {
    const digits = raw.replace(/\D/g, '');
    if (!digits) return false;
    return !e164.some((full) => full === digits || (digits.length >= 6 && full.endsWith(digits)));
  });
}
