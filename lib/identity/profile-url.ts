import { kindOfKey } from './keys';

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
