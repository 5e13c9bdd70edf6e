import { z } from 'zod';
import { ContactSchema } from '../../model/contact';
import { OrderSchema, SuggestionStateSchema, TeamCallSchema, TouchSchema, WinSchema } from '../../model/events';
import { type Settings, SettingsSchema, TemplateSchema } from '../../model/settings';

export const BACKUP_VERSION = 1;
/** Written into every backup so a file is recognised as ours before anything else is read. */
export const BACKUP_KIND = 'kindred-backup';
/**
 * A backup is our own format, so it may be much larger than a contacts file of another tool
 * (MAX_IMPORT_CHARS, 50 MB): 20,000 contacts with 400,000 touches are ~100 MB. V8's longest
 * string is ~512 Mi characters.
 */
export const MAX_BACKUP_CHARS = 500 * 1024 * 1024;

/** The tables of a backup, in the order of the file (settings sit between the last two). */
export const BACKUP_TABLES = [
  'contacts',
  'touches',
  'orders',
  'wins',
  'teamCalls',
  'suggestionStates',
  'templates',
] as const;
export type BackupTable = (typeof BACKUP_TABLES)[number];

/** The schema of one row of each table. */
export const ROW_SCHEMAS = {
  contacts: ContactSchema,
  touches: TouchSchema,
  orders: OrderSchema,
  wins: WinSchema,
  teamCalls: TeamCallSchema,
  suggestionStates: SuggestionStateSchema,
  templates: TemplateSchema,
} as const;

const BackupSchema = z.object({
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.number().int().nonnegative(),
  contacts: z.array(ContactSchema),
  touches: z.array(TouchSchema),
  orders: z.array(OrderSchema),
  wins: z.array(WinSchema),
  teamCalls: z.array(TeamCallSchema),
  suggestionStates: z.array(SuggestionStateSchema),
  settings: SettingsSchema,
  templates: z.array(TemplateSchema),
});

/** Everything the user has, as one file (the shape the model schemas give). */
export type BackupData = z.infer<typeof BackupSchema>;
/** What may be handed to exportBackup (schema defaults not yet applied). */
export type BackupInput = z.input<typeof BackupSchema>;
/** The rows of one table, as the model schemas give them. */
export type BackupRow<T extends BackupTable> = z.infer<(typeof ROW_SCHEMAS)[T]>;

export class BackupError extends Error {
  constructor(
    message: string,
    /** One line per problem: `contacts[3].birthday: must be yyyy-MM-dd or --MM-dd`. */
    readonly issues: string[] = [],
  ) {
    super(issues.length ? `${message}\n${issues.slice(0, 20).join('\n')}` : message);
    this.name = 'BackupError';
  }
}

function path(issuePath: readonly PropertyKey[]): string {
  return issuePath.reduce<string>(
    (out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${String(part)}` : String(part)),
    '',
  );
}

const problems = (issues: string[]) => new BackupError(`the backup has ${issues.length} problem(s)`, issues);
/** Problems listed per failure (the count stays exact); a corrupt file must not build a million lines. */
const MAX_ISSUES = 100;

/**
 * Validates rows of one table. `first` is the index of rows[0] in the whole table (a restore
 * sends a table in chunks), so a problem names the row of the file. Fast path: one `safeParse`
 * per row, and messages are built only for rows that fail. `seen` collects ids across chunks.
 */
export function validateRows<T extends BackupTable>(
  table: T,
  rows: readonly unknown[],
  first = 0,
  seen: Set<string> = new Set(),
): BackupRow<T>[] {
  const schema = ROW_SCHEMAS[table] as unknown as z.ZodType<BackupRow<T>>;
  const out: BackupRow<T>[] = new Array(rows.length);
  const issues: string[] = [];
  let failed = 0;
  for (let i = 0; i < rows.length; i++) {
    const result = schema.safeParse(rows[i]);
    if (!result.success) {
      failed++;
      for (const issue of result.error.issues)
        if (issues.length < MAX_ISSUES) issues.push(`${path([table, first + i, ...issue.path])}: ${issue.message}`);
      continue;
    }
    const id = (result.data as { id: string }).id;
    if (seen.has(id)) {
      failed++;
      if (issues.length < MAX_ISSUES) issues.push(`${table}: the id "${id}" is used twice`);
      continue;
    }
    seen.add(id);
    out[i] = result.data;
  }
  if (failed) throw new BackupError(`the backup has ${failed} problem row(s) in ${table}`, issues);
  return out;
}

/** Settings of a backup, with the defaults of fields it does not name. */
export function validateSettings(value: unknown): Settings {
  const result = SettingsSchema.safeParse(value);
  if (!result.success) throw problems(result.error.issues.map((i) => `${path(['settings', ...i.path])}: ${i.message}`));
  return result.data;
}

/** Keys of each table's rows in the schema's order: the order parse gives, so the file is canonical. */
const KEYS = Object.fromEntries(BACKUP_TABLES.map((t) => [t, Object.keys(ROW_SCHEMAS[t].shape)])) as Record<
  BackupTable,
  string[]
>;

/**
 * One row as JSON, with its keys in the schema's order (keys the schema does not know are left
 * out, as a restore would drop them). Rows are not validated here: they come from our database,
 * which validated them on the way in.
 */
export function rowJson(table: BackupTable, row: object): string {
  const source = row as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of KEYS[table]) {
    const value = source[key];
    if (value !== undefined) out[key] = value;
  }
  return JSON.stringify(out);
}

/** The rows of a table as JSON array items (`{..},{..}`, no brackets): a chunk of a backup. */
export function rowsJson(table: BackupTable, rows: readonly object[]): string {
  let out = '';
  for (let i = 0; i < rows.length; i++) out += (i ? ',' : '') + rowJson(table, rows[i] as object);
  return out;
}

/**
 * The file as pieces (for a Blob, or `join('')`): `tables` holds each table's chunks as
 * rowsJson gives them, or each already made a Blob (P), never empty. The one layout of a backup:
 * compact JSON, `kind` first, then version, exportedAt, the tables and settings in BackupSchema's
 * order, and a final newline.
 */
export function backupParts<P extends string | Blob = string>(
  tables: Readonly<Record<BackupTable, readonly P[]>>,
  settings: Settings,
  exportedAt: number,
): Array<string | P> {
  const parts: Array<string | P> = [
    `{"kind":${JSON.stringify(BACKUP_KIND)},"version":${BACKUP_VERSION},"exportedAt":${exportedAt}`,
  ];
  const table = (name: BackupTable) => {
    parts.push(`,"${name}":[`);
    let first = true;
    for (const chunk of tables[name]) {
      if (chunk === '') continue;
      if (!first) parts.push(',');
      parts.push(chunk);
      first = false;
    }
    parts.push(']');
  };
  for (const name of BACKUP_TABLES) {
    if (name === 'templates') parts.push(`,"settings":${JSON.stringify(settings)}`);
    table(name);
  }
  parts.push('}\n');
  return parts;
}

/**
 * The backup of data read from our own database: no re-validation of the rows (they were
 * validated when written; a restore validates them again), compact JSON. For rows that went
 * through the model schemas this is exactly exportBackup's text.
 */
export function serializeBackup(data: Omit<BackupData, 'version' | 'exportedAt'>, now: number): string {
  const tables = Object.fromEntries(BACKUP_TABLES.map((t) => [t, [rowsJson(t, data[t])]])) as Record<
    BackupTable,
    string[]
  >;
  return backupParts(tables, data.settings, now).join('');
}

function validate(value: unknown): BackupData {
  const result = BackupSchema.safeParse(value);
  if (!result.success) throw problems(result.error.issues.map((i) => `${path(i.path) || '(file)'}: ${i.message}`));
  const duplicates: string[] = [];
  for (const table of BACKUP_TABLES) {
    const seen = new Set<string>();
    for (const row of result.data[table]) {
      if (seen.has(row.id)) duplicates.push(`${table}: the id "${row.id}" is used twice`);
      seen.add(row.id);
    }
  }
  if (duplicates.length) throw problems(duplicates);
  return result.data;
}

/**
 * The backup of data from anywhere (tests, hand-made input): it goes through the model schemas
 * first, so the file holds exactly what parseBackup returns: export -> parse -> export gives the
 * same string. Data read from our own database takes serializeBackup (same text, no re-validation).
 */
export function exportBackup(data: BackupInput, now: number): string {
  return serializeBackup(validate({ ...data, version: BACKUP_VERSION, exportedAt: now }), now);
}

/** A backup file read as JSON and checked for its marker, version and shape, rows not yet validated. */
export interface BackupFile {
  exportedAt: number;
  settings: unknown;
  tables: Record<BackupTable, unknown[]>;
}

/**
 * Reads a backup file's JSON and checks what makes it a backup (marker, version, one array per
 * table); the rows are left for validateRows (a restore validates them in the background, chunk
 * by chunk). Throws BackupError.
 */
export function readBackupFile(text: string): BackupFile {
  if (text.length > MAX_BACKUP_CHARS) throw new BackupError('the backup is larger than 500 MB');
  if (text.includes('\u0000')) throw new BackupError('the file is not text; it is not a Kindred backup');
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new BackupError(`the file is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!json || typeof json !== 'object' || Array.isArray(json) || (json as { kind?: unknown }).kind !== BACKUP_KIND)
    throw new BackupError('this file is not a Kindred backup');
  const body = json as Record<string, unknown>;
  const version = body.version;
  if (typeof version !== 'number') throw new BackupError('the backup has no version number');
  if (version > BACKUP_VERSION)
    throw new BackupError(`the backup is version ${version}, made by a newer Kindred; update Kindred to read it`);
  if (version !== BACKUP_VERSION) throw new BackupError(`backup version ${version} is not supported`);
  const issues: string[] = [];
  const exportedAt = body.exportedAt;
  if (typeof exportedAt !== 'number' || !Number.isInteger(exportedAt) || exportedAt < 0)
    issues.push('exportedAt: must be a time (milliseconds)');
  const tables = {} as Record<BackupTable, unknown[]>;
  for (const table of BACKUP_TABLES) {
    const rows = Object.hasOwn(body, table) ? body[table] : undefined;
    if (Array.isArray(rows)) tables[table] = rows;
    else issues.push(`${table}: must be a list`);
  }
  if (issues.length) throw problems(issues);
  return { exportedAt: exportedAt as number, settings: body.settings, tables };
}

/** Reads and validates a whole backup file; throws BackupError naming the problems (path and reason). */
export function parseBackup(text: string): BackupData {
  const file = readBackupFile(text);
  const out = {
    version: BACKUP_VERSION,
    exportedAt: file.exportedAt,
    settings: validateSettings(file.settings),
  } as BackupData;
  for (const table of BACKUP_TABLES)
    (out as Record<BackupTable, unknown>)[table] = validateRows(table, file.tables[table]);
  return out;
}

/** The background's side of a chunked restore (app->bg:restoreBegin / restoreChunk / restoreCommit / restoreAbort). */
export interface RestoreSink {
  begin(settings: unknown, counts: Record<BackupTable, number>): Promise<{ session: string }>;
  chunk(session: string, table: BackupTable, json: string): Promise<unknown>;
  commit(session: string): Promise<{ contacts: number }>;
  abort(session: string): Promise<unknown>;
}

/** Rows per restore chunk, and about how many characters of JSON (well below the 64 MiB message limit). */
export const RESTORE_CHUNK_ROWS = 20_000;
export const RESTORE_CHUNK_CHARS = 8 * 1024 * 1024;

/**
 * Sends a backup file to the background in chunks (rows as JSON array items, as they are in the
 * file); the background validates each chunk and writes everything at commit, in one transaction.
 * On any error the restore is abandoned and nothing is written.
 */
export async function sendRestore(
  file: BackupFile,
  sink: RestoreSink,
  progress?: (rows: number, total: number) => void,
): Promise<{ contacts: number }> {
  const counts = Object.fromEntries(BACKUP_TABLES.map((t) => [t, file.tables[t].length])) as Record<
    BackupTable,
    number
  >;
  const total = BACKUP_TABLES.reduce((sum, t) => sum + counts[t], 0);
  const { session } = await sink.begin(file.settings, counts);
  try {
    let sent = 0;
    for (const table of BACKUP_TABLES) {
      const rows = file.tables[table];
      let json = '';
      let n = 0;
      const flush = async () => {
        if (!n) return;
        await sink.chunk(session, table, json);
        sent += n;
        progress?.(sent, total);
        json = '';
        n = 0;
      };
      for (const row of rows) {
        json += (n ? ',' : '') + (JSON.stringify(row) ?? 'null');
        n++;
        if (n >= RESTORE_CHUNK_ROWS || json.length >= RESTORE_CHUNK_CHARS) await flush();
      }
      await flush();
    }
    return await sink.commit(session);
  } catch (error) {
    await sink.abort(session).catch(() => undefined);
    throw error;
  }
}
