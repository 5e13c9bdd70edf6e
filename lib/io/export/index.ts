export {
  BACKUP_KIND,
  BACKUP_VERSION,
  type BackupData,
  BackupError,
  type BackupInput,
  exportBackup,
  parseBackup,
} from './backup';
export { type ExportableContact, profileUrlFromKey } from './contact';
export { contactsToGoogleCsv, escapeCsvCell } from './csv';
export { type CalendarItem, touchesToICalendar } from './ical';
export { foldLine } from './text';
export { contactsToVCard } from './vcard';
