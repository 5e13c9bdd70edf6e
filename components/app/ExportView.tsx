import { useState } from 'preact/hooks';
import { call } from '@/components/api';
import { localToday } from '@/components/format';
import { contactsToGoogleCsv, contactsToVCard, touchesToICalendar } from '@/lib/io/export';
import type { Contact } from '@/lib/model';
import { pageBackup } from '@/lib/service/backup-file';
import { AutoBackup } from './AutoBackup';
import { calendarItems } from './calendar';
import { download } from './download';
import { message } from './errors';
import { settingsSaved } from './hooks';
import { RestoreBox } from './RestoreBox';
import { StorageStatus } from './StorageStatus';

const listContacts = () => call<'panel->bg:listContacts', Contact[]>('panel->bg:listContacts', {});

/** Files out: the full backup, contacts for other tools, a calendar of touches; and a restore. */
export function ExportView() {
  const [status, setStatus] = useState('');
  const today = localToday();
  const run = (what: string, make: () => Promise<void>) => async () => {
    setStatus(`Preparing ${what}…`);
    try {
      await make();
      setStatus(`${what} saved to your downloads.`);
    } catch (e) {
      setStatus(`${what} failed: ${message(e)}`);
    }
  };
  const backup = run('Backup', async () => {
    const file = await pageBackup(Date.now(), (done) => setStatus(`Preparing Backup… ${Math.floor(done * 100)}%`));
    download(`kindred-backup-${today}.json`, file, 'application/json');
    await call('app->bg:backupDone', {});
    settingsSaved();
  });
  const csv = run('CSV', async () =>
    download(`kindred-contacts-${today}.csv`, contactsToGoogleCsv(await listContacts()), 'text/csv;charset=utf-8'),
  );
  const vcard = run('vCard', async () =>
    download(`kindred-contacts-${today}.vcf`, contactsToVCard(await listContacts()), 'text/vcard;charset=utf-8'),
  );
  const ics = run('Calendar', async () =>
    download(
      `kindred-touches-${today}.ics`,
      touchesToICalendar(calendarItems(await listContacts(), today), Date.now()),
      'text/calendar;charset=utf-8',
    ),
  );
  return (
    <section aria-labelledby="export-title">
      <h2 id="export-title">Export & backup</h2>
      <StorageStatus />
      <div class="export-grid">
        <AutoBackup />
        <div class="export-card">
          <h3>Full backup (JSON)</h3>
          <p class="hint">Everything: contacts, touches, orders, wins, team calls, snoozes, settings and templates.</p>
          <button type="button" class="primary" onClick={backup}>
            Download backup
          </button>
        </div>
        <div class="export-card">
          <h3>Contacts (CSV)</h3>
          <p class="hint">Google Contacts layout; opens safely in a spreadsheet.</p>
          <button type="button" onClick={csv}>
            Download CSV
          </button>
        </div>
        <div class="export-card">
          <h3>Contacts (vCard 4.0)</h3>
          <p class="hint">For a phone's or a mail program's address book.</p>
          <button type="button" onClick={vcard}>
            Download vCard
          </button>
        </div>
        <div class="export-card">
          <h3>Calendar (.ics)</h3>
          <p class="hint">Each contact's next touch and every birthday, for your calendar app.</p>
          <button type="button" onClick={ics}>
            Download calendar
          </button>
        </div>
      </div>
      <p class="status" role="status">
        {status}
      </p>
      <RestoreBox />
    </section>
  );
}
