import { useState } from 'preact/hooks';
import { call } from '@/components/api';
import { ROLES, type Role, STAGES, type Stage } from '@/lib/model';
import type { ImportPreview, ImportSummary } from '@/lib/service/io-service';
import { EnumSelect } from '../EnumSelect';
import { message } from './errors';
import { FORMAT_LABELS, issueText, type ReadImport } from './import-file';

export type Preview = ImportPreview;

interface Props {
  read: ReadImport;
  preview: Preview | null;
  onCancel: () => void;
  onDone: (summary: ImportSummary) => void;
}

/** Counts, lists and the batch's role, stage and tags, then the import. */
export function ImportPreviewPanel({ read, preview, onCancel, onDone }: Props) {
  const [role, setRole] = useState<Role>('prospect');
  const [stage, setStage] = useState<Stage>('associate');
  const [tags, setTags] = useState('');
  const [useConnectedOn, setUseConnectedOn] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const hasConnected = read.items.some((i) => i.connectedOn);

  const run = async () => {
    setBusy(true);
    setError('');
    try {
      const summary = await call<'app->bg:importContacts', ImportSummary>('app->bg:importContacts', {
        contacts: read.items,
        role,
        stage,
        tags: tags
          .split(',')
          .map((t) => t.trim())
          .filter(Boolean)
          .slice(0, 10),
        useConnectedOn,
      });
      onDone(summary);
    } catch (e) {
      setError(`Nothing was imported: ${message(e)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="import-preview">
      <h3>
        {read.fileName} <span class="muted">({FORMAT_LABELS[read.format] ?? read.format})</span>
      </h3>
      {preview ? (
        <ul class="counts" aria-label="What this import will do">
          <li data-count="new">
            <strong>{preview.fresh}</strong> new
          </li>
          <li data-count="matching">
            <strong>{preview.matching.count}</strong> matching an existing contact (merged into it)
          </li>
          <li data-count="possible">
            <strong>{preview.possible.count}</strong> possible duplicates by name
          </li>
          <li data-count="errors">
            <strong>{read.errors.length}</strong> {read.errors.length === 1 ? 'error' : 'errors'}
          </li>
        </ul>
      ) : null}
      {read.errors.length ? (
        <details open={!preview}>
          <summary>Errors: rows not imported ({read.errors.length})</summary>
          <ul class="issues">
            {read.errors.slice(0, 200).map((e, i) => (
              <li key={i}>{issueText(e)}</li>
            ))}
          </ul>
        </details>
      ) : null}
      {preview?.matching.list.length ? (
        <details>
          <summary>Matching existing contacts ({preview.matching.count})</summary>
          <ul class="issues">
            {preview.matching.list.map((m) => (
              <li key={`${m.line}-${m.contactId}`}>
                {m.line ? `line ${m.line}: ` : ''}
                {m.name} → {m.contactName}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {preview?.possible.list.length ? (
        <details open>
          <summary>Possible duplicates by name ({preview.possible.count})</summary>
          <p class="hint">
            These are imported as new contacts; merge them later under Duplicates if they are the same person.
          </p>
          <ul class="issues">
            {preview.possible.list.map((m) => (
              <li key={`${m.line}-${m.name}`}>
                {m.line ? `line ${m.line}: ` : ''}
                {m.name} ~ {m.contactNames.join(', ')}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {read.warnings.length ? (
        <details>
          <summary>Imported with changes ({read.warnings.length})</summary>
          <ul class="issues">
            {read.warnings.slice(0, 200).map((w, i) => (
              <li key={i}>{issueText(w)}</li>
            ))}
          </ul>
        </details>
      ) : null}
      {preview ? (
        <fieldset>
          <legend>New contacts from this file</legend>
          <div class="row wrap">
            <EnumSelect label="Role" values={ROLES} value={role} onChange={setRole} />
            <EnumSelect label="Stage" values={STAGES} value={stage} onChange={setStage} />
            <label class="grow">
              Tags <span class="muted">(comma separated, added to every contact of the file)</span>
              <input value={tags} maxLength={300} onInput={(e) => setTags(e.currentTarget.value)} />
            </label>
          </div>
          {hasConnected ? (
            <label class="inline">
              <input
                type="checkbox"
                checked={useConnectedOn}
                onChange={(e) => setUseConnectedOn(e.currentTarget.checked)}
              />
              Count day 0 from the date you connected (else from today)
            </label>
          ) : null}
        </fieldset>
      ) : null}
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
      <div class="row">
        {preview ? (
          <button type="button" class="primary" disabled={busy} onClick={run}>
            {busy ? 'Importing…' : `Import ${read.items.length} contacts`}
          </button>
        ) : null}
        <button type="button" onClick={onCancel} disabled={busy}>
          {preview ? 'Cancel' : 'Choose another file'}
        </button>
      </div>
    </div>
  );
}
