import { type ExportableContact, extraPhones, profileUrlFromKey, splitName } from './contact';
import { contentLines, escapeText, stripControls } from './text';

const SITE_TYPE: Record<string, string> = {
  facebook: 'facebook',
  instagram: 'instagram',
  linkedin: 'linkedin',
  x: 'twitter',
  whatsapp: 'whatsapp',
};

const text = (value: string) => escapeText(stripControls(value));

/** `1990-03-15` -> `19900315`, `--03-15` -> `--0315` (RFC 6350 date, basic format). */
export function vcardDate(birthday: string): string {
  return birthday.startsWith('--') ? `--${birthday.slice(2).replace('-', '')}` : birthday.replace(/-/g, '');
}

function card(contact: ExportableContact): string[] {
  const { given, family } = splitName(contact.name);
  const lines = ['BEGIN:VCARD', 'VERSION:4.0', 'PRODID:-//Kindred//Contacts export//EN'];
  if (contact.id) lines.push(`UID:${text(contact.id)}`);
  lines.push(`FN:${text(contact.name)}`, `N:${text(family)};${text(given)};;;`);
  if (contact.birthday) lines.push(`BDAY:${vcardDate(contact.birthday)}`);
  for (const key of contact.identities) {
    const kind = key.slice(0, key.indexOf(':'));
    const value = key.slice(kind.length + 1);
    if (kind === 'email') lines.push(`EMAIL:${text(value)}`);
    else if (kind === 'phone') lines.push(`TEL;VALUE=uri;TYPE=cell:tel:${value}`);
    else {
      const url = profileUrlFromKey(key);
      const type = SITE_TYPE[kind];
      if (url && type) lines.push(`X-SOCIALPROFILE;TYPE=${type}:${url}`);
    }
  }
  for (const raw of extraPhones(contact)) lines.push(`TEL;VALUE=text:${text(raw)}`);
  if (contact.company) lines.push(`ORG:${text(contact.company)}`);
  if (contact.title) lines.push(`TITLE:${text(contact.title)}`);
  if (contact.tags?.length) lines.push(`CATEGORIES:${contact.tags.map(text).join(',')}`);
  if (contact.notes) lines.push(`NOTE:${text(contact.notes)}`);
  lines.push('END:VCARD');
  return lines;
}

/**
 * Contacts as vCard 4.0 (RFC 6350): escaped TEXT values, lines folded at 75 octets, CRLF.
 * Identities become EMAIL, TEL (tel: URI) and X-SOCIALPROFILE with the profile URL.
 */
export function contactsToVCard(contacts: readonly ExportableContact[]): string {
  return contentLines(contacts.flatMap(card));
}
