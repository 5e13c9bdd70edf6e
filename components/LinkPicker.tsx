import { useEffect, useState } from 'preact/hooks';
import type { ContactSummary } from '@/lib/service/lookup-cache';
import { call } from './api';
import { capital } from './format';

/**
 * Link a person on the page to an existing contact: search, then pick. Name matches are only
 * offered, never linked without the user's click.
 */
export function LinkPicker({
  suggested,
  onPick,
  onCancel,
  label = 'Link to an existing contact',
}: {
  suggested: ContactSummary[];
  onPick: (c: ContactSummary) => Promise<void>;
  onCancel: () => void;
  label?: string;
}) {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<ContactSummary[]>(suggested);
  const [error, setError] = useState<string>();
  useEffect(() => {
    if (!query.trim()) return setResults(suggested);
    let live = true;
    call<'panel->bg:search', ContactSummary[]>('panel->bg:search', { query, limit: 8 }).then(
      (r) => live && setResults(r),
    );
    return () => {
      live = false;
    };
  }, [query, suggested]);
  return (
    <div class="link-picker">
      <label>
        {label}
        <input
          type="search"
          value={query}
          placeholder="Search your contacts"
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
      </label>
      {query === '' && suggested.length > 0 ? <p class="hint">Names like this one:</p> : null}
      <ul class="list">
        {results.map((c) => (
          <li key={c.id}>
            <button
              type="button"
              class="link"
              onClick={() => onPick(c).catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)))}
            >
              {c.name}{' '}
              <span class="muted">
                {capital(c.stage)} · {c.role}
              </span>
            </button>
          </li>
        ))}
        {results.length === 0 && query ? <li class="muted">No contact matches “{query}”.</li> : null}
      </ul>
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
