import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { COUNT_CAP, countLabel } from '@/lib/model/counts';
import type { ContactSummary } from '@/lib/service/lookup-cache';
import type { TodayLists, TodayTotals } from '@/lib/service/service';
import type { Query } from './api';
import { capital, kindLabel, whenLabel } from './format';

const GROUPS: ReadonlyArray<{ key: keyof TodayTotals; title: string; tone?: string }> = [
  { key: 'overdue', title: 'Overdue', tone: 'overdue' },
  { key: 'dueToday', title: 'Due today' },
  { key: 'week', title: 'Next 7 days' },
  { key: 'atRisk', title: 'At risk', tone: 'risk' },
];

/**
 * People per group in the first frame: a panel shows about ten, and 200 rows took ~30 ms to
 * render and lay out before anything was painted. The rest follow in the next frame.
 */
const FIRST_ROWS = 12;

/** Overdue, today, the next 7 days and at-risk people, grouped and counted. */
export function TodayView({
  today,
  totals,
  openContact,
}: {
  today: Query<TodayLists>;
  /** The groups' sizes, counted after the lists arrived (undefined meanwhile). */
  totals: TodayTotals | undefined;
  openContact: (id: string) => void;
}) {
  // the panel's one `panel->bg:today` query: it also counts the tab's badge (entrypoints/sidepanel/App.tsx)
  const { data, error } = today;
  const [firstFrame, setFirstFrame] = useState(true);
  useEffect(() => {
    if (!data || !firstFrame) return;
    const frame = requestAnimationFrame(() => setTimeout(() => setFirstFrame(false), 0));
    return () => cancelAnimationFrame(frame);
  }, [data, firstFrame]);
  if (error)
    return (
      <p class="error" role="alert">
        {error}
      </p>
    );
  if (!data) return <p class="muted">Loading…</p>;
  const total = data.overdue.length + data.dueToday.length + data.week.length + data.atRisk.length;
  return (
    <section aria-labelledby="today-title">
      <h2 id="today-title">Today</h2>
      {total === 0 ? (
        <div class="empty">
          <p>
            Nobody needs a touch this week. Add the people you work with from any page they appear on (an email, a
            profile, a chat) and Kindred plans their welcome, check-ins and birthdays.
          </p>
        </div>
      ) : null}
      {GROUPS.map(({ key, title, tone }) => (
        <Group
          key={key}
          title={title}
          people={data[key]}
          rows={firstFrame ? FIRST_ROWS : data[key].length}
          total={totals?.[key] ?? data.totals[key]}
          today={data.today}
          openContact={openContact}
          tone={tone}
        />
      ))}
    </section>
  );
}

function Group({
  title,
  people,
  rows,
  total,
  today,
  openContact,
  tone,
}: {
  title: string;
  people: ContactSummary[];
  /** How many of `people` to draw now (the first frame draws a few). */
  rows: number;
  /** The group's full size (`people` holds only its first few); null while it is counted. */
  total: number | null;
  today: string;
  openContact: (id: string) => void;
  tone?: string | undefined;
}) {
  if (people.length === 0) return null;
  const id = `group-${title.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <section aria-labelledby={id} class={`group ${tone ?? ''}`}>
      <h3 id={id}>
        {title} <span class="count">{total === null ? `${people.length}+` : countLabel(total)}</span>
      </h3>
      <ul class="people">
        {people.slice(0, rows).map((c) => (
          <li key={c.id} class="person known">
            <button type="button" class="person-main" onClick={() => openContact(c.id)} aria-label={`Open ${c.name}`}>
              <span class="name">{c.name}</span>
              <span class={`stage stage-${c.stage}`}>{capital(c.stage)}</span>
            </button>
            <p class="next">
              {tone === 'risk'
                ? `At-risk score ${c.risk}`
                : `${kindLabel(c.nextTouchKind)}: ${whenLabel(c.nextTouchAt, today)}`}
            </p>
          </li>
        ))}
      </ul>
      {total !== null && total > people.length ? (
        <p class="hint">
          {total > COUNT_CAP ? 'And many more.' : `And ${total - people.length} more.`}{' '}
          <a href={browser.runtime.getURL('/app.html#contacts')} target="_blank" rel="noopener">
            See them all in the contacts table
          </a>
          .
        </p>
      ) : null}
    </section>
  );
}
