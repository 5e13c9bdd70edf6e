import { useEffect } from 'preact/hooks';
import { call, useQuery } from '@/components/api';
import { type PlaybookSettings, resolvePlaybook } from '@/lib/engine';
import type { Contact, Settings } from '@/lib/model';

const SETTINGS_SAVED = 'kindred:settings-saved';

/** Tells this page's settings readers to read again (the background broadcasts data changes only). */
export function settingsSaved(): void {
  window.dispatchEvent(new Event(SETTINGS_SAVED));
}

export function useSettings() {
  const q = useQuery(
    () => call<'panel->bg:getSettings', Settings>('panel->bg:getSettings', {}),
    [],
    ['data', 'settings'],
  );
  const { reload } = q;
  useEffect(() => {
    window.addEventListener(SETTINGS_SAVED, reload);
    return () => window.removeEventListener(SETTINGS_SAVED, reload);
  }, [reload]);
  return q;
}

export const useContacts = () =>
  useQuery(() => call<'panel->bg:listContacts', Contact[]>('panel->bg:listContacts', {}), []);

/** The playbook in force (a bad stored override falls back to the defaults, as the background does). */
export function playbookOf(settings: Settings | undefined): PlaybookSettings {
  try {
    return resolvePlaybook(settings?.playbook ?? {});
  } catch {
    return resolvePlaybook({});
  }
}
