import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { createPanelClient } from '@/lib/messaging/client';

/** Typed calls to the background, the only door to the data. */
export const call = createPanelClient((message) => browser.runtime.sendMessage(message));

type Listener = (message: { type?: string; payload?: Record<string, unknown> }) => void;
const listeners = new Set<Listener>();
let listening = false;

/** Broadcasts from the background (`bg->panel:*`), shared by every component that listens. */
export function onBackground(listener: Listener): () => void {
  if (!listening) {
    listening = true;
    browser.runtime.onMessage.addListener((message: unknown, sender) => {
      if (sender.id !== browser.runtime.id) return undefined;
      for (const l of listeners) l(message as Parameters<Listener>[0]);
      return undefined;
    });
  }
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export interface Query<T> {
  data: T | undefined;
  error: string | undefined;
  loading: boolean;
  reload: () => void;
}

/** Loads data and reloads it whenever the background says the data (or `also`) changed. */
export function useQuery<T>(
  load: () => Promise<T>,
  deps: unknown[],
  also: Array<'page' | 'data' | 'settings'> = ['data'],
): Query<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<string>();
  const [loading, setLoading] = useState(true);
  const reload = useCallback(() => {
    setLoading(true);
    load()
      .then((value) => {
        setData(value);
        setError(undefined);
      })
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)))
      .finally(() => setLoading(false));
  }, deps);
  useEffect(() => {
    reload();
    return onBackground((m) => {
      if (m.type === 'bg->panel:changed' && also.includes(m.payload?.what as 'page')) reload();
    });
  }, [reload]);
  return { data, error, loading, reload };
}
