import { useState } from 'preact/hooks';
import type { Suggestion } from '@/lib/engine';
import type { ContactPatch } from '@/lib/model';
import type { ContactView } from '@/lib/service/service';
import { call, useQuery } from './api';
import { ContactDetails } from './ContactDetails';
import { DraftBox } from './DraftBox';
import { capital } from './format';
import { Ladder } from './Ladder';
import { QuickLog } from './QuickLog';
import { SegmentForm } from './SegmentForm';
import { SuggestionItem } from './SuggestionItem';
import { Timeline } from './Timeline';

/** Everything about one person, and what to do next for them. */
export function ContactCard({ id, onBack, tabId }: { id: string; onBack: () => void; tabId?: number | null }) {
  const { data, error } = useQuery(
    () => call<'panel->bg:getContact', ContactView>('panel->bg:getContact', { id }),
    [id],
  );
  const [draftFor, setDraftFor] = useState<Suggestion | null>(null);
  const [saveError, setSaveError] = useState<string>();
  if (error)
    return (
      <p class="error" role="alert">
        {error}
      </p>
    );
  if (!data) return <p class="muted">Loading…</p>;
  const { contact, result, history } = data;
  const save = (patch: ContactPatch) =>
    call('panel->bg:updateContact', { id, patch })
      .then(() => setSaveError(undefined))
      .catch((e: unknown) => setSaveError(e instanceof Error ? e.message : String(e)));
  return (
    <article class="card" aria-labelledby="contact-name">
      <button type="button" class="back" onClick={onBack}>
        ← Back
      </button>
      <header>
        <h2 id="contact-name">{contact.name}</h2>
        <p class="muted">
          {capital(contact.role)} · {capital(contact.stage)}
          {result.segment ? ` · ${result.segment}` : ''}
          {result.risk.score > 0 ? ` · risk ${result.risk.score}` : ''}
        </p>
      </header>
      {saveError ? (
        <p class="error" role="alert">
          {saveError}
        </p>
      ) : null}
      {result.risk.atRisk ? (
        <div class="notice risk-notice" role="status">
          <strong>At risk ({result.risk.score}).</strong>
          {/* one line per reason: they are sentences without a full stop, and ran together */}
          <ul class="risk-reasons">
            {result.risk.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <section aria-labelledby="next-title">
        <h3 id="next-title">Next touches</h3>
        {result.suggestions.length === 0 ? <p class="muted">Nothing due in the next 7 days.</p> : null}
        <ul class="suggestions">
          {result.suggestions.map((s) => (
            <SuggestionItem key={`${s.kind}-${s.due}`} contactId={id} suggestion={s} onDraft={setDraftFor}>
              {draftFor?.kind === s.kind && draftFor.due === s.due ? (
                <DraftBox
                  contact={contact}
                  suggestion={draftFor}
                  tabId={tabId ?? null}
                  onClose={() => setDraftFor(null)}
                />
              ) : null}
            </SuggestionItem>
          ))}
        </ul>
      </section>
      <QuickLog contactId={id} />
      <Ladder
        contact={contact}
        promotion={result.promotion}
        reasons={result.promotionReasons}
        onChange={(stage) => save({ stage })}
      />
      <SegmentForm contact={contact} segment={result.segment} onSave={save} />
      <ContactDetails contact={contact} history={history} onSave={save} />
      <Timeline history={history} />
    </article>
  );
}
