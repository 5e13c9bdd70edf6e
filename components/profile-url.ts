import { profileUrlFromKey } from '@/lib/identity/profile-url';

/** Where a contact's identity opens from their card: mail and phone apps, or the profile page. */
export function profileUrl(key: string): string | null {
  if (key.startsWith('email:')) return `mailto:${key.slice(6)}`;
  if (key.startsWith('phone:')) return `tel:${key.slice(6)}`;
  return profileUrlFromKey(key);
}
