import { z } from 'zod';
import { BACKUP_TABLES } from '../io/export/backup';
import { Birthday, LIMITS, LocalDate, ROLES, STAGES } from '../model';

/**
 * Messages of the app page (full tab): import, export, merge, backup. Kept apart from the side
 * panel's so the two can grow without stepping on each other; protocol.ts merges them into
 * `panelToBg` (same sender rule: the extension's own pages only).
 */
const Id = z.string().min(1).max(64);
const Ids = z.array(Id).max(50_000);
/** At most this many contacts travel in one import (a larger file is split by the user). */
export const MAX_IMPORT_CONTACTS = 50_000;

/** At most this many rows of one table in a restore (a backup has ~20 touches per contact). */
export const MAX_RESTORE_ROWS = 5_000_000;
/** One restore chunk: ~8 Mi characters of rows (a single large row may go past it alone). */
export const MAX_RESTORE_CHUNK_CHARS = 16 * 1024 * 1024;
const Session = z.string().min(1).max(64);

const Tag = z.string().trim().min(1).max(LIMITS.tag);

/** One contact read from a file in the page (lib/io ImportedContact), bounded field by field. */
export const ImportItemWire = z.object({
  displayName: z.string().trim().min(1).max(LIMITS.name),
  identities: z.array(z.string().min(3).max(210)).max(LIMITS.identities),
  birthday: Birthday.optional(),
  notes: z.string().max(LIMITS.note).optional(),
  phones: z.array(z.string().max(40)).max(20).optional(),
  company: z.string().max(LIMITS.text).optional(),
  tags: z.array(Tag).max(LIMITS.tags).optional(),
  connectedOn: LocalDate.optional(),
  line: z.number().int().nonnegative().optional(),
});
export type ImportItemWire = z.infer<typeof ImportItemWire>;

export const appToBg = {
  'app->bg:ping': z.object({}),
  /** What an import would do: new rows, rows matching a contact by identity, same names. */
  'app->bg:previewImport': z.object({
    contacts: z
      .array(ImportItemWire.pick({ displayName: true, identities: true, line: true }))
      .max(MAX_IMPORT_CONTACTS),
  }),
  /** The import itself: one transaction, then the contacts are recomputed. */
  'app->bg:importContacts': z.object({
    contacts: z.array(ImportItemWire).min(1).max(MAX_IMPORT_CONTACTS),
    role: z.enum(ROLES),
    stage: z.enum(STAGES),
    tags: z.array(Tag).max(10).default([]),
    useConnectedOn: z.boolean().default(true),
  }),
  /**
   * Marks a backup as made now (the reminder banner counts from it). The page reads the backup
   * itself (lib/service/backup-file.ts pageBackup): a runtime message is refused above 64 MiB.
   */
  'app->bg:backupDone': z.object({}),
  /**
   * A restore, in chunks: begin (settings, announced row counts) -> chunk per table (JSON array
   * items, validated as they arrive) -> commit (everything replaced in one transaction). A failed,
   * aborted or abandoned restore writes nothing.
   */
  'app->bg:restoreBegin': z.object({
    settings: z.unknown(),
    counts: z.object(
      Object.fromEntries(BACKUP_TABLES.map((t) => [t, z.number().int().nonnegative().max(MAX_RESTORE_ROWS)])) as Record<
        (typeof BACKUP_TABLES)[number],
        z.ZodNumber
      >,
    ),
  }),
  'app->bg:restoreChunk': z.object({
    session: Session,
    table: z.enum(BACKUP_TABLES),
    json: z.string().min(1).max(MAX_RESTORE_CHUNK_CHARS),
  }),
  'app->bg:restoreCommit': z.object({ session: Session }),
  'app->bg:restoreAbort': z.object({ session: Session }),
  'app->bg:listTrash': z.object({}),
  'app->bg:bulkUpdate': z
    .object({
      ids: Ids.min(1),
      stage: z.enum(STAGES).optional(),
      addTag: Tag.optional(),
      removeTag: Tag.optional(),
    })
    .refine((p) => p.stage || p.addTag || p.removeTag, 'nothing to change'),
  'app->bg:duplicates': z.object({}),
  /** Keeps `keepId`, folds `otherIds` into it (their history re-pointed), trashes the others. */
  'app->bg:merge': z.object({ keepId: Id, otherIds: z.array(Id).min(1).max(50) }),
} as const;
