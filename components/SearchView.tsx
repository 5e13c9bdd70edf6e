import { useEffect, useRef, useState } from 'preact/hooks';
import type { ContactSummary } from '@/lib/service/lookup-cache';
import { call } from './api';
import { capital, kindLabel } from './format';

/** Quick lookup: type, arrow keys to move, Enter to open. */
export function SearchView({ openContact, focusToken }: { openContact: (id: string) => void; focusToken: number }) {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<ContactSummary[]>([]);
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), [focusToken]);
  useEffect(() => {
    let live = true;
    if (!query.trim()) {
      setResults([]);
      return;
    }
    call<'panel->bg:search', ContactSummary[]>('panel->bg:search', { query, limit: 20 }).then((r) => {
      if (!live) return;
      setResults(r);
      setActive(0);
    });
    return () => {
      live = false;
    };
  }, [query]);
  return (
    <section aria-labelledby="search-title">
      <h2 id="search-title">Search</h2>
      <input
        ref={input}
        type="search"
        role="combobox"
        aria-expanded={results.length > 0}
        aria-controls="search-results"
        aria-activedescendant={results[active] ? `result-${results[active]!.id}` : undefined}
        aria-label="Search names, handles, emails, phones, tags and notes"
        placeholder="Name, @handle, email, phone, tag…"
        value={query}
        onInput={(e) => setQuery(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setActive((a) => Math.min(a + 1, results.length - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === 'Enter' && results[active]) {
            e.preventDefault();
            openContact(results[active]!.id);
          }
        }}
      />
      <div id="search-results" role="listbox" class="people" aria-label="Results">
        {results.map((c, i) => (
          <div
            key={c.id}
            tabIndex={-1}
            id={`result-${c.id}`}
            role="option"
            aria-selected={i === active}
            class={i === active ? 'person known active' : 'person known'}
            onClick={() => openContact(c.id)}
            onKeyDown={() => {}}
          >
            <span class="name">{c.name}</span> <span class={`stage stage-${c.stage}`}>{capital(c.stage)}</span>{' '}
            <span class="muted">{c.nextTouchKind ? kindLabel(c.nextTouchKind) : ''}</span>
          </div>
        ))}
      </div>
      {query && results.length === 0 ? <p class="muted">Nobody matches “{query}”.</p> : null}
    </section>
  );
}
