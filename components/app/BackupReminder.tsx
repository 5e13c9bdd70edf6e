import type { Settings } from '@/lib/model';

const DAY = 86_400_000;

/** A banner when the last JSON backup is older than the user's reminder interval. */
export function BackupReminder({ settings, now = Date.now() }: { settings: Settings | undefined; now?: number }) {
  if (!settings || settings.backupReminderDays <= 0) return null;
  const last = settings.lastBackupAt;
  if (last && now - last < settings.backupReminderDays * DAY) return null;
  return (
    <div class="notice backup-reminder" role="status">
      {last
        ? `Your last backup was ${Math.floor((now - last) / DAY)} days ago.`
        : 'You have not made a backup yet. Your data lives only in this browser.'}{' '}
      <a href="#export">Back up now</a>
    </div>
  );
}
