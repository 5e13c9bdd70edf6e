import { browser } from 'wxt/browser';
import { backupText } from '@/lib/service/backup-file';
import type { KindredService } from '@/lib/service/service';

const WEEKLY = 'kindred:weekly-backup';
const WEEK_MS = 7 * 86_400_000;

/**
 * The optional weekly backup file, through the downloads API (permission asked for when the user
 * switches it on). A data: URL, because a service worker cannot make object URLs.
 * The text is read as in the app page (lib/service/backup-file.ts, one readonly transaction).
 */
export function setupAutoBackup(service: KindredService): void {
  const schedule = async () => {
    const settings = await service.settings();
    if (!settings.autoBackupWeekly) return browser.alarms.clear(WEEKLY);
    const existing = await browser.alarms.get(WEEKLY);
    if (!existing) await browser.alarms.create(WEEKLY, { delayInMinutes: 1, periodInMinutes: 7 * 24 * 60 });
  };
  void schedule();
  service.onChanged(() => {
    void schedule();
  });
  browser.alarms.onAlarm.addListener(async (alarm) => {
    if (alarm.name !== WEEKLY) return;
    const settings = await service.settings();
    if (!settings.autoBackupWeekly || !browser.downloads) return;
    if (settings.lastBackupAt && Date.now() - settings.lastBackupAt < WEEK_MS - 3_600_000) return;
    // read straight from the database, compact, not re-validated (a restore validates it)
    const json = await backupText(service.db, Date.now());
    const bytes = new TextEncoder().encode(json);
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    const date = new Date().toISOString().slice(0, 10);
    await browser.downloads.download({
      url: `data:application/json;base64,${btoa(binary)}`,
      filename: `kindred-backup-${date}.json`,
      conflictAction: 'uniquify',
      saveAs: false,
    });
    await service.saveSettings({ lastBackupAt: Date.now() });
  });
}
