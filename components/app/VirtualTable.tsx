import { useEffect, useRef, useState } from 'preact/hooks';
import { capital, kindLabel, shortDate, whenLabel } from '@/components/format';
import type { Contact } from '@/lib/model';
import type { Sort, SortKey } from './table-model';

const ROW = 38;
const OVERSCAN = 12;
const COLUMNS: Array<{ key: SortKey; label: string }> = [
  { key: 'name', label: 'Name' },
  { key: 'role', label: 'Role' },
  { key: 'stage', label: 'Stage' },
  { key: 'nextTouchAt', label: 'Next touch' },
  { key: 'risk', label: 'Risk' },
  { key: 'startedAt', label: 'Started' },
];

interface Props {
  rows: Contact[];
  sort: Sort;
  onSort: (key: SortKey) => void;
  selected: Set<string>;
  onToggle: (id: string) => void;
  onToggleAll: () => void;
  today: string;
  riskThreshold: number;
}

/** Only the rows in view (plus a margin) are in the DOM: 20,000 contacts scroll like 20. */
export function VirtualTable({ rows, sort, onSort, selected, onToggle, onToggleAll, today, riskThreshold }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const [top, setTop] = useState(0);
  const [height, setHeight] = useState(600);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () => setHeight(el.clientHeight || 600);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  const first = Math.max(0, Math.floor(top / ROW) - OVERSCAN);
  const last = Math.min(rows.length, Math.ceil((top + height) / ROW) + OVERSCAN);
  const allSelected = rows.length > 0 && rows.every((r) => selected.has(r.id));
  return (
    <div class="table-box" ref={box} onScroll={(e) => setTop(e.currentTarget.scrollTop)}>
      <table class="contacts-table" aria-rowcount={rows.length + 1}>
        <thead>
          <tr>
            <th class="check">
              <input
                type="checkbox"
                aria-label={`Select all ${rows.length} shown`}
                checked={allSelected}
                onChange={onToggleAll}
              />
            </th>
            {COLUMNS.map((c) => (
              <th key={c.key} aria-sort={sort.key === c.key ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none'}>
                <button type="button" class="sort" onClick={() => onSort(c.key)}>
                  {c.label}
                  <span aria-hidden="true">{sort.key === c.key ? (sort.dir === 1 ? ' ▲' : ' ▼') : ''}</span>
                </button>
              </th>
            ))}
            <th>Tags</th>
          </tr>
        </thead>
        <tbody>
          {first > 0 ? <tr class="spacer" style={{ height: `${first * ROW}px` }} /> : null}
          {rows.slice(first, last).map((c, i) => (
            <tr key={c.id} aria-rowindex={first + i + 2} class={selected.has(c.id) ? 'selected' : undefined}>
              <td class="check">
                <input
                  type="checkbox"
                  aria-label={`Select ${c.name}`}
                  checked={selected.has(c.id)}
                  onChange={() => onToggle(c.id)}
                />
              </td>
              <td class="name-cell">{c.name}</td>
              <td>{capital(c.role)}</td>
              <td>
                <span class={`stage stage-${c.stage}`}>{c.stage}</span>
              </td>
              <td class={c.nextTouchAt && c.nextTouchAt < today ? 'overdue' : undefined}>
                {c.nextTouchAt ? `${kindLabel(c.nextTouchKind)} · ${whenLabel(c.nextTouchAt, today)}` : '—'}
              </td>
              <td class={c.risk >= riskThreshold ? 'risk' : undefined}>{c.risk}</td>
              <td>{shortDate(c.startedAt)}</td>
              <td class="tags-cell">{c.tags.join(', ')}</td>
            </tr>
          ))}
          {last < rows.length ? <tr class="spacer" style={{ height: `${(rows.length - last) * ROW}px` }} /> : null}
        </tbody>
      </table>
    </div>
  );
}
