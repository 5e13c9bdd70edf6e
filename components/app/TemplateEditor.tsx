import { useState } from 'preact/hooks';
import { call } from '@/components/api';
import { kindLabel, localToday } from '@/components/format';
import type { Settings, Template } from '@/lib/model';
import { DEFAULT_TEMPLATES, renderTemplate, templateValues } from '@/lib/templates';
import { message } from './errors';

/** The sample the preview is rendered for. */
export const SAMPLE_CONTACT = {
  name: 'Maria Lopez',
  birthday: '--03-15',
  goal: { text: 'Pay off the car', amountPerMonth: 400, by: '2026-12-31' },
  ambition: 'supplement' as const,
  commitment: 'steady' as const,
};

interface Props {
  template: Template;
  edited: boolean;
  settings: Settings | undefined;
  onSaved: () => void;
}

export function TemplateEditor({ template, edited, settings, onSaved }: Props) {
  const [subject, setSubject] = useState(template.subject ?? '');
  const [body, setBody] = useState(template.body);
  const [status, setStatus] = useState<{ ok?: string; error?: string }>({});
  const today = localToday();
  const values = templateValues(SAMPLE_CONTACT, { ...(settings ?? {}), myName: settings?.myName || 'Jane' }, today, {
    winKind: 'first_sale',
    lastOrderDate: today,
    reorderDate: today,
  });
  const preview = renderTemplate({ subject, body: body || ' ' }, values);
  const isDefault = DEFAULT_TEMPLATES.some((t) => t.id === template.id);
  const save = async () => {
    try {
      const { updatedAt: _u, ...rest } = template;
      await call('panel->bg:saveTemplate', { template: { ...rest, subject: subject || undefined, body } });
      setStatus({ ok: 'Saved.' });
      onSaved();
    } catch (e) {
      setStatus({ error: message(e) });
    }
  };
  const reset = async () => {
    try {
      await call('panel->bg:resetTemplate', { id: template.id });
      setStatus({ ok: isDefault ? 'Back to the default text.' : 'Removed.' });
      onSaved();
    } catch (e) {
      setStatus({ error: message(e) });
    }
  };
  return (
    <div class="template-editor">
      <h3>
        {kindLabel(template.kind)} <span class="muted">({template.id})</span>
      </h3>
      <label>
        Subject <span class="muted">(emails only)</span>
        <input value={subject} maxLength={300} onInput={(e) => setSubject(e.currentTarget.value)} />
      </label>
      <label>
        Message
        <textarea rows={10} value={body} maxLength={5000} onInput={(e) => setBody(e.currentTarget.value)} />
      </label>
      <div class="row">
        <button type="button" class="primary" disabled={!body.trim()} onClick={save}>
          Save template
        </button>
        <button type="button" disabled={!edited} onClick={reset}>
          {isDefault ? 'Reset to default' : 'Delete'}
        </button>
      </div>
      {status.error ? (
        <p class="error" role="alert">
          {status.error}
        </p>
      ) : null}
      {status.ok ? <p role="status">{status.ok}</p> : null}
      <h4>Preview for {SAMPLE_CONTACT.name}</h4>
      <div class="draft template-preview" aria-live="polite">
        {preview.subject ? (
          <p>
            <strong>Subject:</strong> {preview.subject}
          </p>
        ) : null}
        <pre>{preview.body}</pre>
        {preview.missing.length ? <p class="error">Unknown placeholders: {preview.missing.join(', ')}</p> : null}
      </div>
    </div>
  );
}
