import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { call, useQuery } from '@/components/api';
import type { Settings } from '@/lib/model';
import { message } from './errors';

/**
 * The optional weekly backup file. The `downloads` permission is optional in the manifest and
 * asked for only here, when the user switches this on (a click is the gesture the browser needs).
 */
export function AutoBackup() {
  const settings = useQuery(
    () => call<'panel->bg:getSettings', Settings>('panel->bg:getSettings', {}),
    [],
    ['data', 'settings'],
  );
  const [status, setStatus] = useState('');
  if (!settings.data) return null;
  const on = settings.data.autoBackupWeekly;
  return (
    <div class="export-card">
      <h3>Weekly backup file</h3>
      <p class="hint">
        Once a week Kindred saves a full backup to your Downloads folder, so a lost browser profile loses at most a
        week.
      </p>
      <label class="inline">
        <input
          type="checkbox"
          checked={on}
          onChange={async (e) => {
            const want = e.currentTarget.checked;
            try {
              if (want && !(await browser.permissions.request({ permissions: ['downloads'] }))) {
                setStatus('Kindred needs permission to save files to your Downloads folder for this.');
                settings.reload();
                return;
              }
              await call('panel->bg:saveSettings', { patch: { autoBackupWeekly: want } });
              setStatus(want ? 'On: the first backup is saved within a minute, then every week.' : 'Off.');
            } catch (err) {
              setStatus(message(err));
            }
            settings.reload();
          }}
        />{' '}
        Save a backup file every week
      </label>
      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
