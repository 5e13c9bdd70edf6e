import { z } from 'zod';
import { ContactSchema } from '../../model/contact';
import { OrderSchema, SuggestionStateSchema, TeamCallSchema, TouchSchema, WinSchema } from '../../model/events';
import { SettingsSchema, TemplateSchema } from '../../model/settings';
import { MAX_IMPORT_CHARS } from '../types';

export const BACKUP_VERSION = 1;
/** Written into every backup so a file is recognised as ours before anything else is read. */
export const BACKUP_KIND = 'kindred-backup';

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

const TABLES = ['contacts', 'touches', 'orders', 'wins', 'teamCalls', 'suggestionStates', 'templates'] as const;

function validate(value: unknown): BackupData {
  const result = BackupSchema.safeParse(value);
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${path(i.path) || '(file)'}: ${i.message}`);
    throw new BackupError(`the backup has ${issues.length} problem(s)`, issues);
  }
  const duplicates: string[] = [];
  for (const table of TABLES) {
    const seen = new Set<string>();
    for (const row of result.data[table]) {
      if (seen.has(row.id)) duplicates.push(`${table}: the id "${row.id}" is used twice`);
      seen.add(row.id);
    }
  }
  if (duplicates.length) throw new BackupError(`the backup has ${duplicates.length} problem(s)`, duplicates);
  return result.data;
}

/**
 * The backup as JSON text. The data goes through the model schemas first, so the file holds
 * exactly what parseBackup returns: export -> parse -> export gives the same string.
 */
export function exportBackup(data: BackupInput, now: number): string {
  const clean = validate({ ...data, version: BACKUP_VERSION, exportedAt: now });
  const { version, exportedAt, ...rest } = clean;
  return `${JSON.stringify({ kind: BACKUP_KIND, version, exportedAt, ...rest }, null, 2)}\n`;
}

/** Reads a backup file; throws BackupError naming every problem (path and reason). */
export function parseBackup(text: string): BackupData {
  if (text.length > MAX_IMPORT_CHARS) throw new BackupError('the backup is larger than 50 MB');
  if (text.includes('\u0000')) throw new BackupError('the file is not text; it is not a Kindred backup');
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (error) {
    throw new BackupError(`the file is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!json || typeof json !== 'object' || Array.isArray(json) || (json as { kind?: unknown }).kind !== BACKUP_KIND)
    throw new BackupError('this file is not a Kindred backup');
  const { kind: _kind, ...body } = json as Record<string, unknown>;
  const version = body.version;
  if (typeof version !== 'number') throw new BackupError('the backup has no version number');
  if (version > BACKUP_VERSION)
    throw new BackupError(`the backup is version ${version}, made by a newer Kindred; update Kindred to read it`);
  if (version !== BACKUP_VERSION) throw new BackupError(`backup version ${version} is not supported`);
  return validate(body);
}
