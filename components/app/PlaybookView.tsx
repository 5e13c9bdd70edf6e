import { useEffect, useState } from 'preact/hooks';
import { call } from '@/components/api';
import { DEFAULT_PLAYBOOK, type PlaybookSettings, resolvePlaybook } from '@/lib/engine';
import { message } from './errors';
import { playbookOf, settingsSaved, useSettings } from './hooks';
import { PlaybookPreview } from './PlaybookPreview';
import { getPath, overridesOf, parseDayList, setPath } from './playbook-draft';

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
const NUMBERS: Array<{ legend: string; fields: Array<[path: string, label: string]> }> = [
  {
    legend: 'Keep-in-touch cadence (days)',
    fields: [
      ['cadenceDays.associate', 'Associate'],
      ['cadenceDays.friend', 'Friend'],
      ['cadenceDays.family', 'Family'],
    ],
  },
  {
    legend: 'The first days',
    fields: [
      ['planDays', 'Plan length (days)'],
      ['cardByDay', 'Card sent by day'],
      ['tipsEveryDays', 'Tips every (days)'],
      ['meetEveryDays', 'Meet in person every (days)'],
      ['expectationTalkByDay', 'Expectation talk by day'],
      ['firstWinHelpDay', 'First-win help on day'],
    ],
  },
  {
    legend: 'At risk',
    fields: [
      ['riskThreshold', 'Threshold (0-100)'],
      ...(Object.keys(DEFAULT_PLAYBOOK.riskWeights).map((k) => [`riskWeights.${k}`, `Weight: ${k}`]) as Array<
        [string, string]
      >),
    ],
  },
];

/** The playbook's numbers, stored as overrides of the defaults, with a 90-day preview. */
export function PlaybookView() {
  const settings = useSettings();
  const [draft, setDraft] = useState<PlaybookSettings>(DEFAULT_PLAYBOOK);
  const [status, setStatus] = useState<{ error?: string; ok?: string }>({});
  const stored = settings.data?.playbook;
  useEffect(() => {
    if (settings.data) setDraft(playbookOf(settings.data));
  }, [JSON.stringify(stored)]);
  const [checkins, setCheckins] = useState<Record<string, string>>({});
  const checkinText = (role: 'distributor' | 'customer') => checkins[role] ?? draft.checkinDays[role].join(', ');
  let checked: PlaybookSettings | null = null;
  let problem = '';
  try {
    checked = resolvePlaybook(overridesOf(draft));
  } catch (e) {
    problem = message(e);
  }
  const save = async (overrides: Record<string, unknown>, ok: string) => {
    try {
      await call('panel->bg:saveSettings', { patch: { playbook: overrides } });
      setCheckins({});
      settingsSaved();
      setStatus({ ok });
    } catch (e) {
      setStatus({ error: message(e) });
    }
  };
  const num = (path: string, label: string) => (
    <label key={path}>
      {label}
      <input
        type="number"
        inputMode="numeric"
        value={String(getPath(draft, path) ?? '')}
        onInput={(e) =>
          setDraft(setPath(draft, path, e.currentTarget.value === '' ? null : Number(e.currentTarget.value)))
        }
      />
    </label>
  );
  return (
    <section aria-labelledby="playbook-title" class="playbook">
      <h2 id="playbook-title">Playbook</h2>
      <p class="hint">Every number the suggestions follow. Changes apply to every contact when saved.</p>
      <div class="playbook-grid">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void save(overridesOf(draft), 'Saved. Every contact was recomputed.');
          }}
        >
          <label>
            Weekly team call
            <select
              value={draft.teamCallWeekday ?? ''}
              onChange={(e) => setDraft(setPath(draft, 'teamCallWeekday', e.currentTarget.value || null))}
            >
              <option value="">No team call (no invitations)</option>
              {WEEKDAYS.map((d) => (
                <option key={d} value={d}>
                  {d}
                </option>
              ))}
            </select>
          </label>
          <fieldset>
            <legend>Check-in calls (days after day 0)</legend>
            {(['distributor', 'customer'] as const).map((role) => (
              <label key={role}>
                {role === 'distributor' ? 'Distributors' : 'Customers'}
                <input
                  value={checkinText(role)}
                  onInput={(e) => {
                    const text = e.currentTarget.value;
                    setCheckins({ ...checkins, [role]: text });
                    setDraft(setPath(draft, `checkinDays.${role}`, parseDayList(text)));
                  }}
                />
              </label>
            ))}
          </fieldset>
          {NUMBERS.map((group) => (
            <fieldset key={group.legend}>
              <legend>{group.legend}</legend>
              <div class="number-grid">{group.fields.map(([path, label]) => num(path, label))}</div>
            </fieldset>
          ))}
          {status.error || problem ? (
            <p class="error" role="alert">
              {status.error || problem}
            </p>
          ) : null}
          {status.ok ? <p role="status">{status.ok}</p> : null}
          <div class="row">
            <button type="submit" class="primary">
              Save playbook
            </button>
            <button type="button" onClick={() => save({}, 'Back to the defaults.')}>
              Reset to defaults
            </button>
          </div>
        </form>
        <PlaybookPreview playbook={checked} problem={problem} />
      </div>
    </section>
  );
}
