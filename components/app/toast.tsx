import { useEffect, useState } from 'preact/hooks';

export interface ToastMessage {
  text: string;
  action?: { label: string; run: () => void | Promise<void> };
}

type Listener = (t: ToastMessage | null) => void;
const listeners = new Set<Listener>();

/** Shows a short message at the bottom of the page, with one optional action ("Undo"). */
export function showToast(toast: ToastMessage): void {
  for (const l of listeners) l(toast);
}

export function Toast() {
  const [toast, setToast] = useState<ToastMessage | null>(null);
  useEffect(() => {
    listeners.add(setToast);
    return () => listeners.delete(setToast);
  }, []);
  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(() => setToast(null), 10_000);
    return () => clearTimeout(timer);
  }, [toast]);
  return (
    <div class="toast-area" role="status" aria-live="polite">
      {toast ? (
        <div class="toast">
          <span>{toast.text}</span>
          {toast.action ? (
            <button
              type="button"
              class="primary small"
              onClick={() => {
                const run = toast.action!.run;
                setToast(null);
                void run();
              }}
            >
              {toast.action.label}
            </button>
          ) : null}
          <button type="button" class="link" aria-label="Dismiss" onClick={() => setToast(null)}>
            ×
          </button>
        </div>
      ) : null}
    </div>
  );
}
