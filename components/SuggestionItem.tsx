import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Suggestion } from '@/lib/engine';
import { plusDays } from '@/lib/service/dates';
import { call } from './api';
import { kindLabel, localToday, whenLabel } from './format';

const SNOOZES: Array<{ label: string; days: number }> = [
  { label: '1 day', days: 1 },
  { label: '3 days', days: 3 },
  { label: 'A week', days: 7 },
];

/** One open suggestion: why, when, and Done / Draft / Snooze / Skip. */
export function SuggestionItem({
  contactId,
  suggestion,
  onDraft,
  children,
}: {
  contactId: string;
  suggestion: Suggestion;
  onDraft?: (s: Suggestion) => void;
  /** The draft box, when the user is drafting this suggestion: shown right under it. */
  children?: ComponentChildren;
}) {
  const [snoozing, setSnoozing] = useState(false);
  const [pick, setPick] = useState('');
  const [error, setError] = useState<string>();
  const today = localToday();
  const act = (state: 'done' | 'snoozed' | 'skipped', until?: string) =>
    call('panel->bg:setSuggestion', { contactId, kind: suggestion.kind, due: suggestion.due, state, until }).catch(
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  const overdue = suggestion.due < today;
  return (
    <li class={`suggestion priority-${suggestion.priority}`}>
      <div class="suggestion-head">
        <strong>{kindLabel(suggestion.kind)}</strong>
        <span class={overdue ? 'when overdue' : 'when'}>{whenLabel(suggestion.due, today)}</span>
        {suggestion.priority === 'high' ? <span class="badge-high">High</span> : null}
      </div>
      <p class="reason">{suggestion.reason}</p>
      <div class="row wrap">
        <button type="button" class="primary" onClick={() => act('done')}>
          Done
        </button>
        {onDraft ? (
          <button type="button" onClick={() => onDraft(suggestion)}>
            Draft
          </button>
        ) : null}
        <button type="button" aria-expanded={snoozing} onClick={() => setSnoozing(!snoozing)}>
          Snooze
        </button>
        <button type="button" onClick={() => act('skipped')}>
          Skip
        </button>
      </div>
      {snoozing ? (
        <div class="row wrap" role="group" aria-label="Snooze for">
          {SNOOZES.map((s) => (
            <button key={s.days} type="button" onClick={() => act('snoozed', plusDays(today, s.days))}>
              {s.label}
            </button>
          ))}
          <label class="inline">
            <span class="sr-only">Snooze until</span>
            <input type="date" min={plusDays(today, 1)} value={pick} onInput={(e) => setPick(e.currentTarget.value)} />
          </label>
          <button type="button" disabled={!pick} onClick={() => act('snoozed', pick)}>
            Snooze until date
          </button>
        </div>
      ) : null}
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
      {children}
    </li>
  );
}
