import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * A view loaded on first use. The panel opens on one view; the others (the contact card, settings
 * with the playbook's zod schemas, the page view with phone-number parsing) are separate chunks,
 * so the first paint evaluates a fraction of the code. `prefetch` loads them once the panel idles.
 */
export function lazyView<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const fetch = () => {
    pending ??= load().then((component) => {
      loaded = component;
      return component;
    });
    return pending;
  };
  function Lazy(props: P) {
    const [View, setView] = useState<ComponentType<P> | null>(() => loaded);
    useEffect(() => {
      if (!View) void fetch().then((component) => setView(() => component));
    }, []);
    return View ? <View {...props} /> : <p class="muted">Loading…</p>;
  }
  Lazy.prefetch = () => void fetch().catch(() => {});
  return Lazy;
}
