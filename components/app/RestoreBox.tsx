import { useState } from 'preact/hooks';
import { call } from '@/components/api';
import { type BackupData, parseBackup } from '@/lib/io/export';
import { message } from './errors';
import { refuseFile } from './import-file';

type State =
  | { at: 'idle'; error?: string; done?: string }
  | { at: 'confirm'; name: string; text: string; data: BackupData }
  | { at: 'busy' };

/** Reads a backup, shows what it holds, and replaces everything only after a confirmation. */
export function RestoreBox() {
  const [state, setState] = useState<State>({ at: 'idle' });
  const open = async (file: File | undefined) => {
    if (!file) return;
    const refused = refuseFile(file);
    if (refused) return setState({ at: 'idle', error: refused });
    try {
      const text = await file.text();
      setState({ at: 'confirm', name: file.name, text, data: parseBackup(text) });
    } catch (e) {
      setState({ at: 'idle', error: `${file.name}: ${message(e)}` });
    }
  };
  const restore = async (text: string) => {
    setState({ at: 'busy' });
    try {
      const r = await call<'app->bg:restoreBackup', { contacts: number }>('app->bg:restoreBackup', { text });
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
            <strong>{state.name}</strong>, made {new Date(state.data.exportedAt).toLocaleString()}:{' '}
            {state.data.contacts.length} contacts, {state.data.touches.length} touches, {state.data.orders.length}{' '}
            orders, {state.data.templates.length} templates.
          </p>
          <p>Everything Kindred holds now will be replaced. Download a backup first if unsure.</p>
          <div class="row">
            <button type="button" class="danger" onClick={() => restore(state.text)}>
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
      {state.at === 'busy' ? <p class="status">Restoring…</p> : null}
      {state.at === 'idle' && state.error ? (
        <p class="error" role="alert">
          {state.error}
        </p>
      ) : null}
      {state.at === 'idle' && state.done ? <p role="status">{state.done}</p> : null}
    </fieldset>
  );
}
