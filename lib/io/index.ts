import { parseCsv } from './csv';
import { isFacebookJson, parseFacebook } from './facebook';
import { looksBinary, stripBom } from './text';
import {
  type ImportedContact,
  type ImportFormat,
  type ImportIssue,
  type ImportOptions,
  type ImportResult,
  MAX_IMPORT_CHARS,
  MAX_LISTED_WARNINGS,
} from './types';
import { parseVCardFile } from './vcard';

export * from './types';

function fatal(format: ImportFormat, message: string, line?: number, field?: string): ImportResult {
  const issue: ImportIssue = { message };
  if (line !== undefined) issue.line = line;
  if (field !== undefined) issue.field = field;
  return { format, contacts: [], errors: [issue], warnings: [] };
}

/** Collects warnings, listing the first MAX_LISTED_WARNINGS and counting the rest. */
class Warnings {
  readonly list: ImportIssue[] = [];
  private dropped = 0;
  readonly add = (issue: ImportIssue): void => {
    if (this.list.length < MAX_LISTED_WARNINGS) this.list.push(issue);
    else this.dropped++;
  };
  done(): ImportIssue[] {
    if (this.dropped) this.list.push({ message: `${this.dropped} more warnings like the ones above` });
    return this.list;
  }
}

function unionInto(target: string[] | undefined, more: string[] | undefined): string[] | undefined {
  if (!more?.length) return target;
  const out = [...(target ?? [])];
  const seen = new Set(out.map((v) => v.toLowerCase()));
  for (const v of more) if (!seen.has(v.toLowerCase())) out.push(v);
  return out;
}

/**
 * Rows that share an identity key are one person: the later row is merged into the first and
 * reported. Rows without identities are never merged here (two "Priya Sharma" may be two people).
 */
function dedupe(contacts: ImportedContact[], warn: (i: ImportIssue) => void): ImportedContact[] {
  const byKey = new Map<string, ImportedContact>();
  const out: ImportedContact[] = [];
  for (const contact of contacts) {
    const sharedKey = contact.identities.find((k) => byKey.has(k));
    const first = sharedKey ? byKey.get(sharedKey) : undefined;
    if (!first || !sharedKey) {
      out.push(contact);
      for (const k of contact.identities) byKey.set(k, contact);
      continue;
    }
    first.identities = unionInto(first.identities, contact.identities) ?? [];
    for (const k of contact.identities) if (!byKey.has(k)) byKey.set(k, first);
    first.phones = unionInto(first.phones, contact.phones);
    first.emails = unionInto(first.emails, contact.emails);
    first.tags = unionInto(first.tags, contact.tags);
    if (contact.notes && contact.notes !== first.notes)
      first.notes = first.notes ? `${first.notes}\n\n${contact.notes}` : contact.notes;
    first.birthday ??= contact.birthday;
    first.company ??= contact.company;
    first.title ??= contact.title;
    first.connectedOn ??= contact.connectedOn;
    const where = first.line ? `line ${first.line}` : `"${first.displayName}"`;
    warn({
      line: contact.line,
      field: 'identities',
      message: `duplicate: "${contact.displayName}" shares ${sharedKey} with ${where}; merged into that contact`,
    });
  }
  return out;
}

/** What the content is, judged by the content (the file name only sharpens the messages). */
function sniff(text: string): 'json' | 'vcard' | 'csv' {
  const start = text.trimStart();
  if (start.startsWith('{') || start.startsWith('[')) return 'json';
  if (/^[ \t]*BEGIN:VCARD[ \t]*$/im.test(text.slice(0, 100_000))) return 'vcard';
  return 'csv';
}

function jsonErrorLine(text: string, error: unknown): number | undefined {
  const m = /position (\d+)/.exec(String(error));
  if (!m) return undefined;
  let line = 1;
  const end = Number(m[1]);
  for (let i = 0; i < end && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * Reads a contacts export: Google Contacts CSV (current and older layouts), Outlook CSV,
 * LinkedIn Connections.csv, Facebook friends JSON, vCard 2.1/3.0/4.0.
 * Fatal problems give `contacts: []` and one error. Otherwise every row is either in
 * `contacts` or named by an error (line, field); `warnings` name rows imported with changes.
 */
export function parseContactsFile(fileName: string, content: string, options: ImportOptions = {}): ImportResult {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (content.length > MAX_IMPORT_CHARS)
    return fatal('unknown', `the file is larger than ${MAX_IMPORT_CHARS / 1024 / 1024} MB; export fewer contacts`);
  if (looksBinary(content))
    return fatal('unknown', 'the file is not text (it holds binary data); choose a .csv, .vcf or .json export');
  const text = stripBom(content).replace(/\r\n?/g, '\n');
  if (!text.trim()) return fatal('unknown', 'the file is empty');
  const warnings = new Warnings();
  const ctx = { defaultCountry: options.defaultCountry };
  const kind = sniff(text);
  let format: ImportFormat;
  let contacts: ImportedContact[];
  let errors: ImportIssue[];
  if (kind === 'json') {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      return fatal('unknown', 'the file looks like JSON but is not valid JSON', jsonErrorLine(text, error));
    }
    if (!isFacebookJson(json))
      return fatal('unknown', 'this JSON file is not a Facebook friends export (no "friends_v2" or "friends" list)');
    const result = parseFacebook(text, json, ctx, warnings.add);
    format = 'facebook-json';
    if (!result.contacts.length && result.errors.length) return { ...fatal(format, ''), errors: result.errors };
    ({ contacts, errors } = result);
  } else if (kind === 'vcard') {
    format = 'vcard';
    ({ contacts, errors } = parseVCardFile(text, ctx, warnings.add));
  } else {
    if (ext === 'vcf' || ext === 'vcard')
      return fatal('unknown', 'this .vcf file has no BEGIN:VCARD line; it is not a vCard', 1);
    const result = parseCsv(text, ctx, warnings.add);
    format = result.format;
    if (format === 'unknown') return { format, contacts: [], errors: result.errors, warnings: [] };
    ({ contacts, errors } = result);
  }
  contacts = dedupe(contacts, warnings.add);
  if (!contacts.length && !errors.length) errors = [{ message: 'the file holds no contacts' }];
  return { format, contacts, errors, warnings: warnings.done() };
}

export { findDuplicates, mergeContacts } from './merge';
