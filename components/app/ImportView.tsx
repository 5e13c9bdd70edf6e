import { useState } from 'preact/hooks';
import { call } from '@/components/api';
import type { ImportSummary } from '@/lib/service/io-service';
import { message } from './errors';
import { ImportPreviewPanel, type Preview } from './ImportPreview';
import { type ReadImport, readImport, refuseFile } from './import-file';

type Step =
  | { at: 'choose'; error?: string }
  | { at: 'reading'; name: string }
  | { at: 'preview'; read: ReadImport; preview: Preview | null }
  | { at: 'done'; summary: ImportSummary; fileName: string };

/** Choose or drop a file, read it here, preview what it will do, then import it in one go. */
export function ImportView() {
  const [step, setStep] = useState<Step>({ at: 'choose' });
  const [dragging, setDragging] = useState(false);

  const open = async (file: File | undefined) => {
    if (!file) return;
    const refused = refuseFile(file);
    if (refused) return setStep({ at: 'choose', error: refused });
    setStep({ at: 'reading', name: file.name });
    try {
      const read = readImport(file.name, await file.text());
      if (read.items.length === 0) {
        return setStep({ at: 'preview', read, preview: null });
      }
      const preview = await call<'app->bg:previewImport', Preview>('app->bg:previewImport', {
        contacts: read.items.map(({ displayName, identities, line }) => ({ displayName, identities, line })),
      });
      setStep({ at: 'preview', read, preview });
    } catch (e) {
      setStep({ at: 'choose', error: `${file.name}: ${message(e)}` });
    }
  };

  return (
    <section aria-labelledby="import-title">
      <h2 id="import-title">Import contacts</h2>
      <p class="hint">
        Google Contacts or Outlook CSV, LinkedIn Connections.csv, Facebook friends JSON or a vCard (.vcf). The file is
        read on this computer; nothing is uploaded.
      </p>
      {step.at === 'done' ? (
        <div class="notice" role="status">
          <p>
            <strong>Imported {step.fileName}:</strong> {step.summary.created} new contacts, {step.summary.merged}{' '}
            existing contacts updated.
          </p>
          <p>
            <a href="#contacts">See them in Contacts</a> ·{' '}
            <button type="button" class="link" onClick={() => setStep({ at: 'choose' })}>
              Import another file
            </button>
          </p>
        </div>
      ) : null}
      {step.at === 'choose' || step.at === 'reading' || step.at === 'done' ? (
        <div
          role="group"
          aria-label="Drop a contacts file here"
          class={dragging ? 'drop-zone dragging' : 'drop-zone'}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => {
            e.preventDefault();
            setDragging(false);
            void open(e.dataTransfer?.files[0]);
          }}
        >
          <label>
            Contacts file <span class="muted">(choose one, or drop it here)</span>
            <input
              type="file"
              accept=".csv,.vcf,.vcard,.json,text/csv,text/vcard,application/json"
              onChange={(e) => void open(e.currentTarget.files?.[0])}
            />
          </label>
          {step.at === 'reading' ? <p class="status">Reading {step.name}…</p> : null}
        </div>
      ) : null}
      {step.at === 'choose' && step.error ? (
        <p class="error" role="alert">
          {step.error}
        </p>
      ) : null}
      {step.at === 'preview' ? (
        <ImportPreviewPanel
          read={step.read}
          preview={step.preview}
          onCancel={() => setStep({ at: 'choose' })}
          onDone={(summary) => setStep({ at: 'done', summary, fileName: step.read.fileName })}
        />
      ) : null}
    </section>
  );
}
