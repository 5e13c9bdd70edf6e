import { useState } from 'preact/hooks';
import { call } from './api';

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

/** First run: the ladder and the plan in three sentences, the user's name and team call, demo data. */
export function Welcome({ onDone }: { onDone: () => void }) {
  const [name, setName] = useState('');
  const [day, setDay] = useState('');
  const [demo, setDemo] = useState(true);
  return (
    <section class="welcome" aria-labelledby="welcome-title">
      <h2 id="welcome-title">Welcome to Kindred</h2>
      <p>
        Kindred helps you keep the people you already have. It sits beside Gmail, Facebook, Instagram, LinkedIn, X,
        WhatsApp and Outlook, and recognises the people you talk to.
      </p>
      <p>
        Each person climbs a ladder: <strong>associate → friend → family</strong>. New team members and customers get a{' '}
        <strong>90-day plan</strong>: a welcome, a card, check-in calls, tips, team-call invitations. After that,
        Kindred keeps you in touch at the pace of each stage.
      </p>
      <p class="muted">Everything stays on this computer. Nothing is sent anywhere.</p>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          await call('panel->bg:saveSettings', {
            patch: { myName: name.trim(), onboarded: true, playbook: day ? { teamCallWeekday: day } : {} },
          });
          if (demo) await call('panel->bg:seedDemo', {});
          onDone();
        }}
      >
        <label>
          Your first name <span class="muted">(signs your drafts)</span>
          <input value={name} maxLength={200} onInput={(e) => setName(e.currentTarget.value)} />
        </label>
        <label>
          Your weekly team call
          <select value={day} onChange={(e) => setDay(e.currentTarget.value)}>
            <option value="">No team call</option>
            {WEEKDAYS.map((d) => (
              <option key={d} value={d}>
                {d.charAt(0).toUpperCase() + d.slice(1)}
              </option>
            ))}
          </select>
        </label>
        <label class="inline">
          <input type="checkbox" checked={demo} onChange={(e) => setDemo(e.currentTarget.checked)} /> Add five demo
          contacts to try it (removable in one click)
        </label>
        <button type="submit" class="primary">
          Start
        </button>
      </form>
    </section>
  );
}
