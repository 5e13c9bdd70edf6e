import { call, useQuery } from '@/components/api';
import { type PlaybookSettings, resolvePlaybook } from '@/lib/engine';
import type { Contact, Settings } from '@/lib/model';

export const useSettings = () =>
  useQuery(() => call<'panel->bg:getSettings', Settings>('panel->bg:getSettings', {}), [], ['data', 'settings']);

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
