import Papa from 'papaparse';
import { parseDay } from './dates';
import { ContactDraft, type DraftContext } from './draft';
import { defuseCell } from './text';
import type { ImportedContact, ImportFormat, ImportIssue } from './types';

type CsvFormat = Extract<ImportFormat, 'google-csv' | 'google-csv-legacy' | 'outlook-csv' | 'linkedin-csv'>;

interface CsvRow {
  cells: string[];
  /** Physical line (1-based) where the row starts. */
  line: number;
  /** Physical line where the row ends (a quoted cell may span lines). */
  endLine: number;
  error?: string;
}

export interface CsvResult {
  format: CsvFormat | 'unknown';
  contacts: ImportedContact[];
  errors: ImportIssue[];
}

/** Header rows are looked for in the first rows only (LinkedIn puts a "Notes:" preamble first). */
const HEADER_SEARCH_ROWS = 30;

/** Every row with the physical line it starts on; quotes may carry newlines inside a cell. */
export function readCsvRows(text: string): CsvRow[] {
  const rows: CsvRow[] = [];
  let lineAtCursor = 1;
  let cursor = 0;
  Papa.parse<string[]>(text, {
    delimiter: ',',
    newline: '\n',
    quoteChar: '"',
    skipEmptyLines: false,
    step: (result) => {
      const line = lineAtCursor;
      const end = result.meta.cursor;
      for (let i = cursor; i < end; i++) if (text.charCodeAt(i) === 10) lineAtCursor++;
      cursor = end;
      const bad = result.errors.find((e) => e.type === 'Quotes');
      rows.push({
        cells: result.data,
        line,
        endLine: Math.max(line, text.charCodeAt(end - 1) === 10 ? lineAtCursor - 1 : lineAtCursor),
        error: bad
          ? bad.code === 'MissingQuotes'
            ? 'a quoted cell is never closed'
            : 'a quote is misplaced'
          : undefined,
      });
    },
  });
  return rows;
}

type Columns = Map<string, number>;

function headerKey(cell: string): string {
  return cell
    .replace(/^\ufeff/, '')
    .trim()
    .toLowerCase();
}

function detect(columns: Columns): CsvFormat | null {
  const has = (name: string) => columns.has(name);
  const any = (re: RegExp) => [...columns.keys()].some((k) => re.test(k));
  if (has('first name') && has('last name') && (has('connected on') || (has('url') && has('position'))))
    return 'linkedin-csv';
  if (
    has('first name') &&
    has('last name') &&
    (any(/^e-mail \d+ - value$/) || any(/^phone \d+ - value$/) || has('labels') || has('file as'))
  )
    return 'google-csv';
  if (
    (has('name') || has('given name')) &&
    (has('group membership') || any(/^e-mail \d+ - value$/) || (has('given name') && has('family name')))
  )
    return 'google-csv-legacy';
  if (
    has('first name') &&
    has('last name') &&
    (has('e-mail address') || has('mobile phone') || has('categories') || has('business phone') || has('home phone'))
  )
    return 'outlook-csv';
  return null;
}

function columnsOf(cells: string[]): Columns {
  const columns: Columns = new Map();
  cells.forEach((cell, i) => {
    const key = headerKey(cell);
    if (key && !columns.has(key)) columns.set(key, i);
  });
  return columns;
}

/** Which columns match a header pattern, worked out once per file. */
const matchCache = new WeakMap<Columns, Map<string, number[]>>();

/** Reads one row's cells by column name, defusing formulas and reporting them. */
class RowReader {
  constructor(
    private readonly row: CsvRow,
    private readonly columns: Columns,
    private readonly headers: string[],
    private readonly warn: (issue: ImportIssue) => void,
  ) {}

  get(name: string, want: 'url' | 'text' = 'text'): string {
    const index = this.columns.get(name);
    return index === undefined ? '' : this.at(index, want);
  }

  at(index: number, want: 'url' | 'text' = 'text'): string {
    const raw = this.row.cells[index];
    if (!raw) return '';
    const cell = defuseCell(raw, want);
    if (cell.formula) this.warn({ line: this.row.line, field: this.headers[index], message: cell.formula });
    return cell.value;
  }

  /** Cells of every column whose header matches, in column order. */
  matching(re: RegExp, want: 'url' | 'text' = 'text'): Array<{ header: string; value: string }> {
    let indexes = matchCache.get(this.columns)?.get(re.source);
    if (!indexes) {
      indexes = [...this.columns].filter(([key]) => re.test(key)).map(([, index]) => index);
      const cache = matchCache.get(this.columns) ?? new Map<string, number[]>();
      cache.set(re.source, indexes);
      matchCache.set(this.columns, cache);
    }
    const out: Array<{ header: string; value: string }> = [];
    for (const index of indexes) {
      const value = this.at(index, want);
      if (value) out.push({ header: this.headers[index] ?? '', value });
    }
    return out;
  }
}

function joinName(...parts: string[]): string {
  return parts
    .map((p) => p.trim())
    .filter(Boolean)
    .join(' ');
}

function splitLabels(value: string): string[] {
  return value.split(/\s*:::\s*/);
}

function readGoogle(r: RowReader, d: ContactDraft, legacy: boolean): void {
  const suffix = r.get('name suffix');
  if (legacy) {
    d.addName(r.get('name'));
    d.addName(joinName(r.get('given name'), r.get('additional name'), r.get('family name'), suffix));
  } else {
    d.addName(joinName(r.get('first name'), r.get('middle name'), r.get('last name'), suffix));
  }
  d.addFallbackName(r.get('nickname'));
  d.addFallbackName(r.get('file as'));
  for (const { header, value } of r.matching(/^e-mail \d+ - value$/)) d.addEmails(value, header);
  for (const { header, value } of r.matching(/^phone \d+ - value$/)) d.addPhones(value, header);
  for (const { header, value } of r.matching(/^website \d+ - value$/, 'url')) d.addUrl(value, header);
  d.setCompany(r.get('organization name') || r.get('organization 1 - name'));
  d.setTitle(r.get('organization title') || r.get('organization 1 - title'));
  d.setBirthday(r.get('birthday'), 'Birthday');
  d.addNote(r.get('notes'));
  d.addTags(splitLabels(r.get(legacy ? 'group membership' : 'labels') || r.get('group membership')));
}

function readOutlook(r: RowReader, d: ContactDraft): void {
  d.addName(joinName(r.get('first name'), r.get('middle name'), r.get('last name'), r.get('suffix')));
  d.addFallbackName(r.get('nickname'));
  d.addFallbackName(r.get('e-mail display name'));
  for (const { header, value } of r.matching(/^e-mail( \d+)? address$/)) d.addEmails(value, header);
  for (const { header, value } of r.matching(/phone( \d+)?$/)) {
    if (!/assistant|fax|pager|telex|tty/.test(header.toLowerCase())) d.addPhones(value, header);
  }
  for (const { header, value } of r.matching(/web page$/, 'url')) d.addUrl(value, header);
  d.setCompany(r.get('company'));
  d.setTitle(r.get('job title'));
  d.setBirthday(r.get('birthday'), 'Birthday');
  d.addNote(r.get('notes'));
  d.addTags(r.get('categories').split(/\s*[;,]\s*/));
}

function readLinkedIn(r: RowReader, d: ContactDraft): void {
  d.addName(joinName(r.get('first name'), r.get('last name')));
  d.addUrl(r.get('url', 'url') || r.get('profile url', 'url'), 'URL');
  d.addEmails(r.get('email address'), 'Email Address');
  d.setCompany(r.get('company'));
  d.setTitle(r.get('position'));
  const connected = r.get('connected on');
  if (connected) d.connectedOn = parseDay(connected);
}

export function parseCsv(text: string, ctx: Omit<DraftContext, 'warn'>, warn: (i: ImportIssue) => void): CsvResult {
  const rows = readCsvRows(text);
  const errors: ImportIssue[] = [];
  let headerAt = -1;
  let format: CsvFormat | null = null;
  let columns: Columns = new Map();
  for (let i = 0; i < Math.min(rows.length, HEADER_SEARCH_ROWS); i++) {
    const candidate = columnsOf(rows[i]?.cells ?? []);
    format = detect(candidate);
    if (format) {
      headerAt = i;
      columns = candidate;
      break;
    }
  }
  if (!format) {
    const first = rows.find((r) => r.cells.some((c) => c.trim()));
    const shown = (first?.cells ?? [])
      .slice(0, 6)
      .map((c) => `"${c.trim().slice(0, 30)}"`)
      .join(', ');
    errors.push({
      line: first?.line ?? 1,
      field: 'header',
      message: `this CSV's header row (${shown || 'empty'}) is not a Google Contacts, Outlook or LinkedIn export`,
    });
    return { format: 'unknown', contacts: [], errors };
  }
  const headerRow = rows[headerAt];
  const headers = headerRow?.cells.map((c) => c.replace(/^\ufeff/, '').trim()) ?? [];
  if (headerRow?.error) {
    errors.push({ line: headerRow.line, field: 'header', message: `the header row is damaged: ${headerRow.error}` });
    return { format, contacts: [], errors };
  }
  const contacts: ImportedContact[] = [];
  for (const row of rows.slice(headerAt + 1)) {
    if (row.error) {
      const span = row.endLine > row.line ? `lines ${row.line}-${row.endLine}` : `this row`;
      errors.push({ line: row.line, message: `${span} could not be read: ${row.error}; not imported` });
      continue;
    }
    if (!row.cells.some((c) => c.trim())) continue;
    const extra = row.cells.slice(headers.length).filter((c) => c.trim()).length;
    if (extra)
      warn({
        line: row.line,
        message: `${extra} cell(s) beyond the last column were ignored`,
      });
    const draft = new ContactDraft(row.line, { ...ctx, warn });
    const reader = new RowReader(row, columns, headers, warn);
    if (format === 'linkedin-csv') readLinkedIn(reader, draft);
    else if (format === 'outlook-csv') readOutlook(reader, draft);
    else readGoogle(reader, draft, format === 'google-csv-legacy');
    const contact = draft.build();
    if (contact) contacts.push(contact);
    else
      warn({
        line: row.line,
        message: 'this row has no name, email, phone or profile link; it was skipped',
      });
  }
  return { format, contacts, errors };
}
