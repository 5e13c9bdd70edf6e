export {
  BACKUP_KIND,
  BACKUP_VERSION,
  type BackupData,
  BackupError,
  type BackupInput,
  exportBackup,
  parseBackup,
} from './backup';
export { contactsToGoogleCsv, escapeCsvCell } from './csv';
export { type CalendarItem, touchesToICalendar } from './ical';
export { foldLine } from './text';
export { type ExportableContact, profileUrlFromKey } from './urls';
export { contactsToVCard } from './vcard';
