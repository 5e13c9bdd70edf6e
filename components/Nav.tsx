import type { JSX } from 'preact';
import { countLabel } from '@/lib/model/counts';

export type ViewName = 'page' | 'today' | 'search' | 'settings';

const TABS: Array<{ id: ViewName; label: string }> = [
  { id: 'page', label: 'On this page' },
  { id: 'today', label: 'Today' },
  { id: 'search', label: 'Search' },
  { id: 'settings', label: 'Settings' },
];

/** A tab list: arrow keys move between tabs, Home/End jump (WAI-ARIA tabs pattern). */
export function Nav({
  current,
  onSelect,
  dueCount,
}: {
  current: ViewName | 'contact';
  onSelect: (v: ViewName) => void;
  dueCount?: number;
}) {
  const onKey = (e: JSX.TargetedKeyboardEvent<HTMLElement>) => {
    // Move from the focused tab (a contact card has no tab of its own, so `current` is no guide).
    const focused = (e.target as HTMLElement).id.replace(/^tab-/, '');
    const i = Math.max(
      0,
      TABS.findIndex((t) => t.id === focused),
    );
    const next = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: TABS.length - 1 }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    const tab = TABS[(next + TABS.length) % TABS.length]!;
    onSelect(tab.id);
    (e.currentTarget.querySelector(`#tab-${tab.id}`) as HTMLElement | null)?.focus();
  };
  return (
    <div class="nav" role="tablist" aria-label="Kindred views" onKeyDown={onKey}>
      {TABS.map((t) => (
        <button
          key={t.id}
          id={`tab-${t.id}`}
          type="button"
          role="tab"
          aria-selected={current === t.id}
          aria-controls="view"
          tabIndex={current === t.id || (current === 'contact' && t.id === 'page') ? 0 : -1}
          class={current === t.id ? 'tab active' : 'tab'}
          onClick={() => onSelect(t.id)}
        >
          {t.label}
          {t.id === 'today' && dueCount ? (
            <span class="count">
              {countLabel(dueCount)}
              <span class="sr-only"> due</span>
            </span>
          ) : null}
        </button>
      ))}
    </div>
  );
}
