import { call, useQuery } from '@/components/api';
import { capital } from '@/components/format';
import { message } from './errors';
import { showToast } from './toast';

type Trashed = { id: string; name: string; role: string; stage: string; deletedAt: number };
const DAYS = 30;

/** Deleted contacts, restorable until they are purged 30 days after deletion. */
export function TrashView() {
  const q = useQuery(() => call<'app->bg:listTrash', Trashed[]>('app->bg:listTrash', {}), []);
  const restore = async (ids: string[]) => {
    try {
      await call('panel->bg:restore', { ids });
      showToast({ text: `${ids.length} restored.` });
      q.reload();
    } catch (e) {
      showToast({ text: message(e) });
    }
  };
  const rows = q.data ?? [];
  return (
    <section aria-labelledby="trash-title">
      <h2 id="trash-title">Trash</h2>
      <p class="hint">Deleted contacts stay here for {DAYS} days, then they and their history are removed for good.</p>
      {q.error ? (
        <p class="error" role="alert">
          {q.error}
        </p>
      ) : null}
      {q.data && rows.length === 0 ? <p class="empty">The trash is empty.</p> : null}
      {rows.length ? (
        <>
          <button type="button" onClick={() => restore(rows.map((r) => r.id))}>
            Restore all ({rows.length})
          </button>
          <table class="contacts-table trash-table">
            <thead>
              <tr>
                <th>Name</th>
                <th>Role</th>
                <th>Deleted</th>
                <th>Removed for good in</th>
                <th>
                  <span class="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.slice(0, 2000).map((r) => {
                const left = Math.max(0, DAYS - Math.floor((Date.now() - r.deletedAt) / 86_400_000));
                return (
                  <tr key={r.id}>
                    <td>{r.name}</td>
                    <td>{capital(r.role)}</td>
                    <td>{new Date(r.deletedAt).toLocaleDateString()}</td>
                    <td>{left} days</td>
                    <td>
                      <button
                        type="button"
                        class="small"
                        onClick={() => restore([r.id])}
                        aria-label={`Restore ${r.name}`}
                      >
                        Restore
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      ) : null}
    </section>
  );
}
