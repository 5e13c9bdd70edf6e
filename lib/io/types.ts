import type { CountryCode } from 'libphonenumber-js/min';

/** The file layouts the importer recognises, detected from the content (not the file name). */
export type ImportFormat =
  | 'google-csv'
  | 'google-csv-legacy'
  | 'outlook-csv'
  | 'linkedin-csv'
  | 'facebook-json'
  | 'vcard'
  | 'unknown';

/**
 * One problem, named by the physical line (1-based) where its row or card starts and by the
 * column / property it was found in.
 *   errors:   the file (fatal, `contacts: []`) or that row/card was NOT imported.
 *   warnings: the row was imported, with the change the message describes.
 */
export interface ImportIssue {
  line?: number;
  field?: string;
  message: string;
}

export interface ImportedContact {
  displayName: string;
  /** Normalised identity keys (lib/identity): `email:…`, `phone:+E164`, `linkedin:…`. */
  identities: string[];
  /** `yyyy-MM-dd` or `--MM-dd`. */
  birthday?: string;
  notes?: string;
  /** Phone numbers as written in the file (those with a country code are also identities). */
  phones?: string[];
  /** Email addresses as written (valid ones; each is also an identity). */
  emails?: string[];
  company?: string;
  title?: string;
  tags?: string[];
  /** When the user connected (LinkedIn "Connected On", Facebook friend timestamp), yyyy-MM-dd. */
  connectedOn?: string;
  /** Physical line where the row / card starts. */
  line?: number;
}

export interface ImportResult {
  format: ImportFormat;
  contacts: ImportedContact[];
  errors: ImportIssue[];
  warnings?: ImportIssue[];
}

export interface ImportOptions {
  /** Country for phone numbers written without a country code; without it they are not guessed. */
  defaultCountry?: CountryCode;
}

/** Files above this size (in characters of content) are refused before any parsing. */
export const MAX_IMPORT_CHARS = 50 * 1024 * 1024;
/** At most this many warnings are listed one by one; the rest are counted in a last warning. */
export const MAX_LISTED_WARNINGS = 500;
