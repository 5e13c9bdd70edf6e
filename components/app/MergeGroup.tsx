import { useState } from 'preact/hooks';
import { call } from '@/components/api';
import { capital, shortDate } from '@/components/format';
import type { DuplicateContact } from '@/lib/service/io-service';
import { message } from './errors';
import { showToast } from './toast';

/** One group: a card per contact, the one to keep chosen by a radio, merged with one button. */
export function MergeGroup({
  contacts,
  why,
  onMerged,
}: {
  contacts: DuplicateContact[];
  why: string;
  onMerged: () => void;
}) {
  const richest = [...contacts].sort((a, b) => b.history - a.history || a.startedAt.localeCompare(b.startedAt))[0];
  const [keep, setKeep] = useState(richest?.id ?? '');
  const [error, setError] = useState('');
  const name = `keep-${contacts.map((c) => c.id).join('-')}`;
  const merge = async () => {
    try {
      await call('app->bg:merge', { keepId: keep, otherIds: contacts.map((c) => c.id).filter((id) => id !== keep) });
      showToast({ text: `Merged ${contacts.length} contacts into one.` });
      onMerged();
    } catch (e) {
      setError(message(e));
    }
  };
  return (
    <fieldset class="merge-group">
      <legend>{why}</legend>
      <div class="side-by-side">
        {contacts.map((c) => (
          <label key={c.id} class={keep === c.id ? 'merge-card keep' : 'merge-card'}>
            <span class="merge-head">
              <input type="radio" name={name} checked={keep === c.id} onChange={() => setKeep(c.id)} />
              <strong>{c.name}</strong>
              {keep === c.id ? <span class="muted">(kept)</span> : null}
            </span>
            <span class="detail">
              {capital(c.role)} · {c.stage} · since {shortDate(c.startedAt)}
            </span>
            <span class="detail">{c.identities.length ? c.identities.join(', ') : 'no identities'}</span>
            {c.tags.length ? <span class="detail">Tags: {c.tags.join(', ')}</span> : null}
            {c.notes ? <span class="detail notes">{c.notes}</span> : null}
            <span class="detail">{c.history} history entries</span>
          </label>
        ))}
      </div>
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="button" class="primary" onClick={merge}>
        Merge into {contacts.find((c) => c.id === keep)?.name ?? 'the chosen contact'}
      </button>
    </fieldset>
  );
}
