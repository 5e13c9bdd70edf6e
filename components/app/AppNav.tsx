import { SECTIONS, type SectionId } from './sections';

/** Plain links to each section's hash: Tab and Enter work, the current one is marked for readers. */
export function AppNav({ current }: { current: SectionId }) {
  return (
    <nav class="app-nav" aria-label="Kindred sections">
      {SECTIONS.map((s) => (
        <a
          key={s.id}
          href={`#${s.id}`}
          class={current === s.id ? 'tab active' : 'tab'}
          aria-current={current === s.id ? 'page' : undefined}
        >
          {s.label}
        </a>
      ))}
    </nav>
  );
}
