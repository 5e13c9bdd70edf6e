import { useMemo, useState } from 'preact/hooks';
import { kindLabel, localToday, shortDate } from '@/components/format';
import { type PlaybookSettings, planTimeline } from '@/lib/engine';

/** The 90 days a new distributor or customer would get from today, with these numbers. */
export function PlaybookPreview({ playbook, problem }: { playbook: PlaybookSettings | null; problem: string }) {
  const [role, setRole] = useState<'distributor' | 'customer'>('distributor');
  const today = localToday();
  const days = useMemo(() => {
    if (!playbook) return [];
    const name = role === 'distributor' ? 'Maria Lopez' : 'Sam Carter';
    const input = { contact: { name, role, stage: 'associate' as const, startedAt: today }, events: [], states: [] };
    return planTimeline(input, playbook, today, 91).filter((d) => d.due.length > 0);
  }, [playbook, role, today]);
  return (
    <aside class="preview" aria-labelledby="preview-title">
      <h3 id="preview-title">Preview: the first 90 days</h3>
      <fieldset class="role-switch">
        <legend>Sample contact starting today</legend>
        {(['distributor', 'customer'] as const).map((r) => (
          <label key={r} class="inline">
            <input type="radio" name="preview-role" checked={role === r} onChange={() => setRole(r)} />
            {r === 'distributor' ? 'A new distributor' : 'A new customer'}
          </label>
        ))}
      </fieldset>
      {!playbook ? <p class="hint">Fix the playbook to see the preview: {problem}</p> : null}
      <ol class="plan">
        {days.map((d) => (
          <li key={d.date}>
            <span class="plan-day">
              Day {d.day} <span class="muted">{shortDate(d.date)}</span>
            </span>
            <ul>
              {d.due.map((s) => (
                <li key={s.kind} title={s.reason}>
                  <strong>{kindLabel(s.kind)}</strong> <span class="muted">{s.reason}</span>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </aside>
  );
}
