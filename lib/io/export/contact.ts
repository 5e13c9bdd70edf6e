export { profileUrlFromKey } from '../../identity/profile-url';

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
