import { call, useQuery } from '@/components/api';
import type { DuplicatesView } from '@/lib/service/io-service';
import { MergeGroup } from './MergeGroup';

/** Contacts that are (or look like) one person, side by side, merged on the user's word. */
export function MergeView() {
  const q = useQuery(() => call<'app->bg:duplicates', DuplicatesView>('app->bg:duplicates', {}), []);
  const data = q.data;
  return (
    <section aria-labelledby="merge-title">
      <h2 id="merge-title">Duplicates</h2>
      <p class="hint">
        Merging keeps every identity, note, tag, touch, order, win and team call on the contact you keep; the others go
        to the trash.
      </p>
      {q.error ? (
        <p class="error" role="alert">
          {q.error}
        </p>
      ) : null}
      {!data ? <p class="muted">Looking for duplicates…</p> : null}
      {data && data.certain.length + data.possible.length === 0 ? <p class="empty">No duplicates found.</p> : null}
      {data?.certain.length ? (
        <>
          <h3>Same person (they share an identity)</h3>
          {data.certain.map((g) => (
            <MergeGroup
              key={g.contacts.map((c) => c.id).join()}
              contacts={g.contacts}
              why={`Shared: ${g.keys.join(', ')}`}
              onMerged={q.reload}
            />
          ))}
        </>
      ) : null}
      {data?.possible.length ? (
        <>
          <h3>Maybe the same person (similar names)</h3>
          {data.possible.map((g) => (
            <MergeGroup
              key={g.contacts.map((c) => c.id).join()}
              contacts={g.contacts}
              why={g.reason === 'same-name' ? 'Same name' : 'Similar names'}
              onMerged={q.reload}
            />
          ))}
        </>
      ) : null}
    </section>
  );
}
