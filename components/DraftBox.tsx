import { useEffect, useState } from 'preact/hooks';
import type { Suggestion } from '@/lib/engine';
import type { Contact, Settings, Template } from '@/lib/model';
import { segmentOf } from '@/lib/segments';
import { pickTemplate, renderTemplate, templateValues } from '@/lib/templates';
import { call } from './api';
import { kindLabel, localToday } from './format';

/**
 * A draft for a suggestion, from the template for its kind, role, stage and segment, editable in
 * place. Insert puts it into the page's message box (or copies it when there is none); the user
 * presses Send on the site, then logs it here with one click.
 */
export function DraftBox({
  contact,
  suggestion,
  tabId,
  onClose,
}: {
  contact: Contact;
  suggestion: Suggestion;
  tabId: number | null;
  onClose: () => void;
}) {
  const [text, setText] = useState('');
  const [subject, setSubject] = useState<string>();
  const [status, setStatus] = useState('');
  useEffect(() => {
    Promise.all([
      call<'panel->bg:listTemplates', Template[]>('panel->bg:listTemplates', {}),
      call<'panel->bg:getSettings', Settings>('panel->bg:getSettings', {}),
    ]).then(
      ([templates, settings]) => {
        const segment = segmentOf(contact.ambition, contact.commitment, contact.hoursPerWeek) ?? undefined;
        const template = pickTemplate(templates, suggestion.kind as Template['kind'], {
          role: contact.role,
          stage: contact.stage,
          segment,
        });
        if (!template) return setText('');
        const rendered = renderTemplate(template, templateValues(contact, settings, localToday()));
        setSubject(rendered.subject);
        setText(rendered.body);
      },
      (e: unknown) => setStatus(e instanceof Error ? e.message : String(e)),
    );
  }, [contact, suggestion]);

  const copy = async () => {
    await navigator.clipboard.writeText(subject ? `${subject}\n\n${text}` : text);
  };
  return (
    <div class="draft" role="group" aria-label={`Draft: ${kindLabel(suggestion.kind)}`}>
      <h4>Draft: {kindLabel(suggestion.kind)}</h4>
      {subject ? <p class="muted">Subject: {subject}</p> : null}
      <label>
        <span class="sr-only">Message</span>
        <textarea rows={7} value={text} maxLength={5_000} onInput={(e) => setText(e.currentTarget.value)} />
      </label>
      <div class="row wrap">
        <button
          type="button"
          class="primary"
          disabled={!text}
          onClick={async () => {
            const result =
              tabId === null
                ? { inserted: false, hadBox: false }
                : await call<'panel->bg:insertDraft', { inserted: boolean; hadBox: boolean }>('panel->bg:insertDraft', {
                    tabId,
                    text,
                  }).catch(() => ({ inserted: false, hadBox: false }));
            if (result.inserted)
              return setStatus('Put into the message box. Press Send on the site, then “I sent it”.');
            await copy().catch(() => {});
            setStatus(
              result.hadBox
                ? 'The message box refused the text, so it is on your clipboard: paste it there.'
                : 'No open message box on this page, so the draft is on your clipboard.',
            );
          }}
        >
          Insert
        </button>
        <button
          type="button"
          disabled={!text}
          onClick={() =>
            copy().then(
              () => setStatus('Copied.'),
              () => setStatus('The clipboard is not available here.'),
            )
          }
        >
          Copy
        </button>
        <button
          type="button"
          onClick={async () => {
            await call('panel->bg:setSuggestion', {
              contactId: contact.id,
              kind: suggestion.kind,
              due: suggestion.due,
              state: 'done',
            });
            setStatus('Logged.');
            onClose();
          }}
        >
          I sent it
        </button>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
