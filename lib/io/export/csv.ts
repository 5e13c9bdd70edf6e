import Papa from 'papaparse';
import { type ExportableContact, extraPhones, profileUrlFromKey, splitName } from './contact';

/**
 * OWASP CSV injection: a cell that starts with = + - @ tab or CR is prefixed with `'` so a
 * spreadsheet shows it as text instead of running it. Our importer removes the prefix again.
 */
export function escapeCsvCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

const NAME_COLUMNS = [
  'First Name',
  'Middle Name',
  'Last Name',
  'Phonetic First Name',
  'Phonetic Middle Name',
  'Phonetic Last Name',
  'Name Prefix',
  'Name Suffix',
  'Nickname',
  'File As',
  'Organization Name',
  'Organization Title',
  'Organization Department',
  'Birthday',
  'Notes',
  'Photo',
  'Labels',
];

function numbered(prefix: string, count: number): string[] {
  const out: string[] = [];
  for (let i = 1; i <= count; i++) out.push(`${prefix} ${i} - Label`, `${prefix} ${i} - Value`);
  return out;
}

interface Row {
  emails: string[];
  phones: Array<[label: string, value: string]>;
  websites: Array<[label: string, value: string]>;
}

function rowParts(contact: ExportableContact): Row {
  const emails: string[] = [];
  const phones: Array<[string, string]> = [];
  const websites: Array<[string, string]> = [];
  for (const key of contact.identities) {
    if (key.startsWith('email:')) emails.push(key.slice(6));
    else if (key.startsWith('phone:')) phones.push(['Mobile', key.slice(6)]);
    else {
      const url = profileUrlFromKey(key);
      if (url) websites.push([key.startsWith('whatsapp:') ? 'WhatsApp' : 'Profile', url]);
    }
  }
  for (const raw of extraPhones(contact)) phones.push(['Other', raw]);
  return { emails, phones, websites };
}

/**
 * Contacts as a Google Contacts CSV (current column layout: First Name … Labels, E-mail n,
 * Phone n, Website n). Profile identities are written as Website URLs so they import back.
 * Every cell is escaped against formula injection.
 */
export function contactsToGoogleCsv(contacts: readonly ExportableContact[]): string {
  const parts = contacts.map(rowParts);
  const emailCount = Math.max(1, ...parts.map((p) => p.emails.length));
  const phoneCount = Math.max(1, ...parts.map((p) => p.phones.length));
  const siteCount = Math.max(1, ...parts.map((p) => p.websites.length));
  const header = [
    ...NAME_COLUMNS,
    ...numbered('E-mail', emailCount),
    ...numbered('Phone', phoneCount),
    ...numbered('Website', siteCount),
  ];
  const rows = contacts.map((contact, i) => {
    const part = parts[i] ?? { emails: [], phones: [], websites: [] };
    const { given, family } = splitName(contact.name);
    const labels = ['* myContacts', ...(contact.tags ?? [])].join(' ::: ');
    const row = [given, '', family, '', '', '', '', '', '', '', contact.company ?? '', contact.title ?? ''];
    row.push('', contact.birthday ?? '', contact.notes ?? '', '', labels);
    for (let n = 0; n < emailCount; n++) {
      const email = part.emails[n];
      row.push(email ? '* Other' : '', email ?? '');
    }
    for (let n = 0; n < phoneCount; n++) row.push(part.phones[n]?.[0] ?? '', part.phones[n]?.[1] ?? '');
    for (let n = 0; n < siteCount; n++) row.push(part.websites[n]?.[0] ?? '', part.websites[n]?.[1] ?? '');
    return row;
  });
  return Papa.unparse(
    { fields: header.map(escapeCsvCell), data: rows.map((row) => row.map(escapeCsvCell)) },
    { newline: '\r\n', escapeFormulae: false, quotes: false },
  );
}
