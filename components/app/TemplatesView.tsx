import { useMemo, useState } from 'preact/hooks';
import { call, useQuery } from '@/components/api';
import { kindLabel } from '@/components/format';
import type { Template } from '@/lib/model';
import { DEFAULT_TEMPLATES, mergeTemplates } from '@/lib/templates';
import { useSettings } from './hooks';
import { TemplateEditor } from './TemplateEditor';

function variantLabel(t: Template): string {
  const parts = [t.role, t.stage, t.segment].filter(Boolean);
  return parts.length ? parts.join(' · ') : 'everyone';
}

/** Every template kind and variant (the defaults with the user's edits), one edited at a time. */
export function TemplatesView() {
  const user = useQuery(() => call<'panel->bg:listTemplates', Template[]>('panel->bg:listTemplates', {}), []);
  const settings = useSettings();
  const [selected, setSelected] = useState<string>(DEFAULT_TEMPLATES[0]?.id ?? '');
  const all = useMemo(() => mergeTemplates(user.data ?? []), [user.data]);
  const edited = new Set((user.data ?? []).map((t) => t.id));
  const byKind = useMemo(() => {
    const m = new Map<string, Template[]>();
    for (const t of all) m.set(t.kind, [...(m.get(t.kind) ?? []), t]);
    return [...m.entries()];
  }, [all]);
  const current = all.find((t) => t.id === selected);
  return (
    <section aria-labelledby="templates-title">
      <h2 id="templates-title">Templates</h2>
      <p class="hint">
        Placeholders such as {'{firstName}'}, {'{myName}'}, {'{goal}'}, {'{daysToGoal}'} and {'{teamCallDay}'} are
        filled in when a draft is made. The most specific variant for a contact is used.
      </p>
      <div class="templates-grid">
        <nav class="template-list" aria-label="Templates">
          {byKind.map(([kind, list]) => (
            <div key={kind}>
              <h4>{kindLabel(kind)}</h4>
              <ul>
                {list.map((t) => (
                  <li key={t.id}>
                    <button
                      type="button"
                      class={t.id === selected ? 'link current' : 'link'}
                      aria-current={t.id === selected ? 'true' : undefined}
                      onClick={() => setSelected(t.id)}
                    >
                      {variantLabel(t)}
                      {edited.has(t.id) ? ' (edited)' : ''}
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </nav>
        {current ? (
          <TemplateEditor
            key={`${current.id}-${current.updatedAt}`}
            template={current}
            edited={edited.has(current.id)}
            settings={settings.data}
            onSaved={user.reload}
          />
        ) : (
          <p class="muted">Loading…</p>
        )}
      </div>
    </section>
  );
}
