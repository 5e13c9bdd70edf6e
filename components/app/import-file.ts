import {
  type ImportedContact,
  type ImportIssue,
  type ImportResult,
  MAX_IMPORT_CHARS,
  parseContactsFile,
} from '@/lib/io';
import { ImportItemWire, type ImportItemWire as Item, MAX_IMPORT_CONTACTS } from '@/lib/messaging/app-protocol';
import { LIMITS } from '@/lib/model';

export const MAX_FILE_BYTES = MAX_IMPORT_CHARS;

export interface ReadImport {
  fileName: string;
  format: ImportResult['format'];
  items: Item[];
  errors: ImportIssue[];
  warnings: ImportIssue[];
}

/** Refuses what must not be read at all; returns a message, or null when the file may be read. */
export function refuseFile(file: { name: string; size: number }): string | null {
  if (file.size > MAX_FILE_BYTES) return `${file.name} is larger than 50 MB; export fewer contacts at a time.`;
  if (file.size === 0) return `${file.name} is empty: there is nothing to import.`;
  return null;
}

function toItem(c: ImportedContact): unknown {
  return {
    displayName: c.displayName.trim().slice(0, LIMITS.name),
    identities: c.identities.slice(0, LIMITS.identities),
    birthday: c.birthday,
    notes: c.notes?.slice(0, LIMITS.note),
    phones: c.phones?.slice(0, 20).map((p) => p.slice(0, 40)),
    company: c.company?.slice(0, LIMITS.text),
    tags: c.tags
      ?.map((t) => t.trim().slice(0, LIMITS.tag))
      .filter(Boolean)
      .slice(0, LIMITS.tags),
    connectedOn: c.connectedOn,
    line: c.line,
  };
}

/** Parses a file in the page, and checks every contact against the message's schema before it travels. */
export function readImport(fileName: string, text: string): ReadImport {
  const result = parseContactsFile(fileName, text);
  const errors = [...result.errors];
  const items: Item[] = [];
  for (const c of result.contacts) {
    const parsed = ImportItemWire.safeParse(toItem(c));
    if (parsed.success) items.push(parsed.data);
    else {
      const issue = parsed.error.issues[0];
      errors.push({
        line: c.line,
        field: issue?.path.join('.') || undefined,
        message: `"${c.displayName}": ${issue?.message}`,
      });
    }
  }
  if (items.length > MAX_IMPORT_CONTACTS) {
    errors.push({
      message: `the file holds ${items.length} contacts; import at most ${MAX_IMPORT_CONTACTS} at a time`,
    });
    items.length = 0;
  }
  return { fileName, format: result.format, items, errors, warnings: result.warnings ?? [] };
}

export const FORMAT_LABELS: Record<string, string> = {
  'google-csv': 'Google Contacts CSV',
  'google-csv-legacy': 'Google Contacts CSV (older layout)',
  'outlook-csv': 'Outlook CSV',
  'linkedin-csv': 'LinkedIn Connections.csv',
  'facebook-json': 'Facebook friends JSON',
  vcard: 'vCard',
  unknown: 'unknown format',
};

export function issueText(i: ImportIssue): string {
  const where = [i.line ? `line ${i.line}` : '', i.field ? `field ${i.field}` : ''].filter(Boolean).join(', ');
  return where ? `${where}: ${i.message}` : i.message;
}
