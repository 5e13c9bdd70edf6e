import { useMemo, useState } from 'preact/hooks';
import { call } from '@/components/api';
import { localToday } from '@/components/format';
import { ROLES, STAGES } from '@/lib/model';
import { BulkBar } from './BulkBar';
import { playbookOf, useContacts, useSettings } from './hooks';
import { allTags, type Filters, NO_FILTERS, type Sort, type SortKey, visibleRows } from './table-model';
import { showToast } from './toast';
import { VirtualTable } from './VirtualTable';

/** Every contact: sortable, filterable, with bulk actions on the rows checked. */
export function ContactsView() {
  const contacts = useContacts();
  const settings = useSettings();
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [sort, setSort] = useState<Sort>({ key: 'name', dir: 1 });
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const threshold = playbookOf(settings.data).riskThreshold;
  const all = contacts.data ?? [];
  const rows = useMemo(() => visibleRows(all, filters, sort, threshold), [all, filters, sort, threshold]);
  const tags = useMemo(() => allTags(all), [all]);
  const today = localToday();
  const chosen = rows.filter((r) => selected.has(r.id)).map((r) => r.id);

  const set = (patch: Partial<Filters>) => setFilters({ ...filters, ...patch });
  const onSort = (key: SortKey) => setSort(sort.key === key ? { key, dir: sort.dir === 1 ? -1 : 1 } : { key, dir: 1 });
  const toggle = (id: string) => {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setSelected(next);
  };
  const toggleAll = () =>
    setSelected(rows.length > 0 && rows.every((r) => selected.has(r.id)) ? new Set() : new Set(rows.map((r) => r.id)));
  const remove = async () => {
    const ids = chosen;
    await call('panel->bg:trash', { ids });
    setSelected(new Set());
    showToast({
      text: `${ids.length} ${ids.length === 1 ? 'contact' : 'contacts'} moved to the trash.`,
      action: { label: 'Undo', run: () => call('panel->bg:restore', { ids }).then(() => contacts.reload()) },
    });
    contacts.reload();
  };

  return (
    <section aria-labelledby="contacts-title">
      <h2 id="contacts-title">
        Contacts <span class="muted">({contacts.data ? `${rows.length} of ${all.length}` : 'loading…'})</span>
      </h2>
      {contacts.error ? (
        <p class="error" role="alert">
          {contacts.error}
        </p>
      ) : null}
      <div class="filters row wrap">
        <label class="grow">
          Search
          <input
            type="search"
            value={filters.text}
            placeholder="Name, tag, email…"
            onInput={(e) => set({ text: e.currentTarget.value })}
          />
        </label>
        <label>
          Role
          <select value={filters.role} onChange={(e) => set({ role: e.currentTarget.value })}>
            <option value="">All roles</option>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        </label>
        <label>
          Stage
          <select value={filters.stage} onChange={(e) => set({ stage: e.currentTarget.value })}>
            <option value="">All stages</option>
            {STAGES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <label>
          Tag
          <select value={filters.tag} onChange={(e) => set({ tag: e.currentTarget.value })}>
            <option value="">All tags</option>
            {tags.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </label>
        <label class="inline at-risk">
          <input type="checkbox" checked={filters.atRisk} onChange={(e) => set({ atRisk: e.currentTarget.checked })} />
          At risk only
        </label>
      </div>
      <BulkBar ids={chosen} tags={tags} onRemove={remove} onDone={() => contacts.reload()} />
      {contacts.data && all.length === 0 ? (
        <p class="empty">
          No contacts yet. <a href="#import">Import a file</a> or add people from the side panel.
        </p>
      ) : (
        <VirtualTable
          rows={rows}
          sort={sort}
          onSort={onSort}
          selected={selected}
          onToggle={toggle}
          onToggleAll={toggleAll}
          today={today}
          riskThreshold={threshold}
        />
      )}
    </section>
  );
}
