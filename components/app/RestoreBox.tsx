import { useState } from 'preact/hooks';
import { call } from '@/components/api';
import {
  type BackupFile,
  type BackupTable,
  MAX_BACKUP_CHARS,
  type RestoreSink,
  readBackupFile,
  sendRestore,
} from '@/lib/io/export/backup';
import { message } from './errors';

type State =
  | { at: 'idle'; error?: string; done?: string }
  | { at: 'confirm'; name: string; file: BackupFile }
  | { at: 'busy'; progress?: string };

/** The background's chunked restore messages: rows are validated there, everything is written at commit. */
export const restoreSink: RestoreSink = {
  begin: (settings, counts: Record<BackupTable, number>) =>
    call<'app->bg:restoreBegin', { session: string }>('app->bg:restoreBegin', { settings, counts }),
  chunk: (session, table, json) => call('app->bg:restoreChunk', { session, table, json }),
  commit: (session) => call<'app->bg:restoreCommit', { contacts: number }>('app->bg:restoreCommit', { session }),
  abort: (session) => call('app->bg:restoreAbort', { session }),
};

/** A backup is our own format: up to 500 MB (a contacts file of another tool stays at 50 MB). */
function refuseBackup(file: File): string | null {
  if (file.size > MAX_BACKUP_CHARS) return `${file.name} is larger than 500 MB; it is not a Kindred backup.`;
  if (file.size === 0) return `${file.name} is empty.`;
  return null;
}

/** Reads a backup, shows what it holds, and replaces everything only after a confirmation. */
export function RestoreBox() {
  const [state, setState] = useState<State>({ at: 'idle' });
  const open = async (file: File | undefined) => {
    if (!file) return;
    const refused = refuseBackup(file);
    if (refused) return setState({ at: 'idle', error: refused });
    try {
      // marker, version and shape here; every row is validated in the background as it arrives
      setState({ at: 'confirm', name: file.name, file: readBackupFile(await file.text()) });
    } catch (e) {
      setState({ at: 'idle', error: `${file.name}: ${message(e)}` });
    }
  };
  const restore = async (backup: BackupFile) => {
    setState({ at: 'busy' });
    try {
      const r = await sendRestore(backup, restoreSink, (rows, total) =>
        setState({ at: 'busy', progress: `${rows.toLocaleString()} of ${total.toLocaleString()} rows checked` }),
      );
      setState({ at: 'idle', done: `Restored: ${r.contacts} contacts.` });
    } catch (e) {
      setState({ at: 'idle', error: `Nothing was changed: ${message(e)}` });
    }
  };
  return (
    <fieldset class="restore">
      <legend>Restore from a backup</legend>
      <p class="hint">Replaces everything Kindred holds with the backup's content.</p>
      {state.at === 'confirm' ? (
        <div class="notice risk-notice">
          <p>
            <strong>{state.name}</strong>, made {new Date(state.file.exportedAt).toLocaleString()}:{' '}
            {state.file.tables.contacts.length} contacts, {state.file.tables.touches.length} touches,{' '}
            {state.file.tables.orders.length} orders, {state.file.tables.templates.length} templates.
          </p>
          <p>Everything Kindred holds now will be replaced. Download a backup first if unsure.</p>
          <div class="row">
            <button type="button" class="danger" onClick={() => restore(state.file)}>
              Replace everything
            </button>
            <button type="button" onClick={() => setState({ at: 'idle' })}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <label>
          Backup file (.json)
          <input
            type="file"
            accept=".json,application/json"
            disabled={state.at === 'busy'}
            onChange={(e) => void open(e.currentTarget.files?.[0])}
          />
        </label>
      )}
      {state.at === 'busy' ? <p class="status">Restoring… {state.progress ?? ''}</p> : null}
      {state.at === 'idle' && state.error ? (
        <p class="error" role="alert">
          {state.error}
        </p>
      ) : null}
      {state.at === 'idle' && state.done ? <p role="status">{state.done}</p> : null}
    </fieldset>
  );
}
