import { z } from 'zod';
import { MAX_IMPORT_CHARS } from '../io/types';
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
  /** Everything, for the JSON backup (the page writes the file with exportBackup). */
  'app->bg:backupData': z.object({}),
  /** Marks a backup as made now (the reminder banner counts from it). */
  'app->bg:backupDone': z.object({}),
  /** Replaces everything with a backup file's content; the background parses it again. */
  'app->bg:restoreBackup': z.object({ text: z.string().min(1).max(MAX_IMPORT_CHARS) }),
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
