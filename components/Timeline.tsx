import type { History } from '@/lib/db/events';
import { call } from './api';
import { capital, kindLabel, shortDate } from './format';

type Item = { id: string; at: string; text: string; touch?: boolean };

/** Touches, orders, wins and team calls, newest first. */
export function Timeline({ history }: { history: History }) {
  const items: Item[] = [
    ...history.touches.map((t) => ({
      id: t.id,
      at: t.at,
      touch: true,
      text: `${kindLabel(t.kind)}${t.direction === 'in' ? ' (they reached out)' : t.direction === 'both' ? ' (two-way)' : ''}${t.note ? `: ${t.note}` : ''}`,
    })),
    ...history.orders.map((o) => ({
      id: o.id,
      at: o.at,
      text: `Order${o.amount !== undefined ? ` ${o.amount}` : ''}${o.autoship ? ' on autoship' : ''}`,
    })),
    ...history.wins.map((w) => ({
      id: w.id,
      at: w.at,
      text: `Win: ${capital(w.kind.replace(/_/g, ' '))}${w.note ? ` (${w.note})` : ''}`,
    })),
    ...history.teamCalls.map((c) => ({
      id: c.id,
      at: c.at,
      text: c.attended ? 'Attended the team call' : 'Missed the team call',
    })),
  ].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <section aria-labelledby="timeline-title">
      <h3 id="timeline-title">Timeline</h3>
      {items.length === 0 ? <p class="muted">No touches yet. Log the first one above.</p> : null}
      <ol class="timeline">
        {items.slice(0, 100).map((item) => (
          <li key={item.id}>
            <time dateTime={item.at}>{shortDate(item.at.slice(0, 10))}</time> {item.text}
            {item.touch ? (
              <button
                type="button"
                class="link small"
                aria-label={`Delete ${item.text}`}
                onClick={() => call('panel->bg:deleteTouch', { id: item.id })}
              >
                Undo
              </button>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
