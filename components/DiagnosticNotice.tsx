import { useState } from 'preact/hooks';
import { displayKey } from '@/lib/identity/keys';
import { keyFromProfileUrl } from '@/lib/identity/urls';
import { call } from './api';
import { LinkPicker } from './LinkPicker';

/**
 * When a site's page should show someone and the adapter found nobody (the site changed its
 * layout): say so, and let the user link the person by hand. A profile URL still names the
 * person, so picking a contact adds that identity to them; otherwise the pick just opens it.
 */
export function DiagnosticNotice({
  site,
  url,
  openContact,
}: {
  site: string;
  url: string | null;
  openContact: (id: string) => void;
}) {
  const [done, setDone] = useState('');
  const key = url ? keyFromProfileUrl(url) : null;
  return (
    <div class="notice" role="status">
      <p>
        Kindred expected to find someone on this {site} page but found nobody: the site may have changed its layout.{' '}
        {key
          ? `You can still link ${displayKey(key)} to a contact by hand:`
          : 'You can still find the contact by hand:'}
      </p>
      <LinkPicker
        suggested={[]}
        label={key ? `Link ${displayKey(key)} to` : 'Find the contact to open'}
        onPick={async (c) => {
          if (key) {
            await call('panel->bg:addIdentity', { id: c.id, key });
            setDone(`${displayKey(key)} is now linked to ${c.name}.`);
          }
          openContact(c.id);
        }}
        onCancel={() => setDone('')}
      />
      {done ? <p class="status">{done}</p> : null}
    </div>
  );
}
