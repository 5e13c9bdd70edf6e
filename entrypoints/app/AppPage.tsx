import { call, useQuery } from '@/components/api';
import type { Contact } from '@/lib/model';

/** The full-page app: every contact, import/export, the playbook and templates. */
export function AppPage() {
  const contacts = useQuery(() => call<'panel->bg:listContacts', Contact[]>('panel->bg:listContacts', {}), []);
  return (
    <div class="app-page">
      <h1>Kindred</h1>
      <p class="muted">{contacts.data ? `${contacts.data.length} contacts` : 'Loading…'}</p>
    </div>
  );
}
