import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { DEFAULT_PLAYBOOK } from '@/lib/engine';
import type { Settings } from '@/lib/model';
import { SITE_HOSTS } from '@/lib/sites/hosts';
import { call, useQuery } from './api';
import { capital } from './format';

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
const SITE_LABELS: Record<string, string> = {
  gmail: 'Gmail',
  outlook: 'Outlook',
  facebook: 'Facebook & Messenger',
  instagram: 'Instagram',
  linkedin: 'LinkedIn',
  x: 'X',
  whatsapp: 'WhatsApp Web',
};

/** The user's name, team call, notifications, sites, chips and the playbook's main numbers. */
export function SettingsView() {
  const { data, error } = useQuery(
    () => call<'panel->bg:getSettings', Settings>('panel->bg:getSettings', {}),
    [],
    ['data', 'settings'],
  );
  const [status, setStatus] = useState('');
  if (error)
    return (
      <p class="error" role="alert">
        {error}
      </p>
    );
  if (!data) return <p class="muted">Loading…</p>;
  const save = (patch: Partial<Settings>) =>
    call('panel->bg:saveSettings', { patch })
      .then(() => setStatus('Saved.'))
      .catch((e: unknown) => setStatus(e instanceof Error ? e.message : String(e)));
  const playbook = data.playbook as { teamCallWeekday?: string | null; cadenceDays?: Record<string, number> };
  const cadence = { ...DEFAULT_PLAYBOOK.cadenceDays, ...(playbook.cadenceDays ?? {}) };
  return (
    <section aria-labelledby="settings-title" class="settings">
      <h2 id="settings-title">Settings</h2>
      <label>
        Your name <span class="muted">(signs your drafts)</span>
        <input value={data.myName} maxLength={200} onChange={(e) => save({ myName: e.currentTarget.value })} />
      </label>
      <label>
        Signature
        <textarea
          rows={2}
          value={data.signature}
          maxLength={2000}
          onChange={(e) => save({ signature: e.currentTarget.value })}
        />
      </label>
      <fieldset>
        <legend>Weekly team call</legend>
        <div class="row">
          <label>
            Day
            <select
              value={playbook.teamCallWeekday ?? ''}
              onChange={(e) => save({ playbook: { ...data.playbook, teamCallWeekday: e.currentTarget.value || null } })}
            >
              <option value="">No team call</option>
              {WEEKDAYS.map((d) => (
                <option key={d} value={d}>
                  {capital(d)}
                </option>
              ))}
            </select>
          </label>
          <label>
            Time
            <input
              type="time"
              value={data.teamCallTime}
              onChange={(e) => save({ teamCallTime: e.currentTarget.value })}
            />
          </label>
        </div>
      </fieldset>
      <fieldset>
        <legend>Keep in touch every (days)</legend>
        <div class="row">
          {(['associate', 'friend', 'family'] as const).map((stage) => (
            <label key={stage}>
              {capital(stage)}
              <input
                type="number"
                min={1}
                max={365}
                value={cadence[stage]}
                onChange={(e) =>
                  save({
                    playbook: {
                      ...data.playbook,
                      cadenceDays: { ...(playbook.cadenceDays ?? {}), [stage]: Number(e.currentTarget.value) },
                    },
                  })
                }
              />
            </label>
          ))}
        </div>
        <p class="hint">
          The full playbook (plan days, risk weights) is on the{' '}
          <a href={browser.runtime.getURL('/app.html#playbook')} target="_blank" rel="noopener">
            app page
          </a>
          .
        </p>
      </fieldset>
      <fieldset>
        <legend>Notifications</legend>
        <label class="inline">
          <input
            type="checkbox"
            checked={data.notifications}
            onChange={(e) => save({ notifications: e.currentTarget.checked })}
          />{' '}
          A daily summary, and a word when someone is at risk
        </label>
        <label>
          Daily summary at
          <input type="time" value={data.notifyAt} onChange={(e) => save({ notifyAt: e.currentTarget.value })} />
        </label>
      </fieldset>
      <fieldset>
        <legend>On the sites</legend>
        <label class="inline">
          <input
            type="checkbox"
            checked={data.stageChips}
            onChange={(e) => save({ stageChips: e.currentTarget.checked })}
          />{' '}
          Show a stage chip beside the people I know
        </label>
        {Object.keys(SITE_HOSTS).map((site) => (
          <label key={site} class="inline">
            <input
              type="checkbox"
              checked={data.sites[site as keyof Settings['sites']]}
              onChange={(e) => save({ sites: { ...data.sites, [site]: e.currentTarget.checked } })}
            />{' '}
            {SITE_LABELS[site]}
          </label>
        ))}
      </fieldset>
      <p>
        <a href={browser.runtime.getURL('/app.html')} target="_blank" rel="noopener">
          Open the Kindred app page
        </a>{' '}
        for all contacts, import, export and templates.
      </p>
      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}
