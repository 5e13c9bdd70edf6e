import type { Contact } from '@/lib/model';

export type SortKey = 'name' | 'role' | 'stage' | 'nextTouchAt' | 'risk' | 'startedAt';
export interface Sort {
  key: SortKey;
  dir: 1 | -1;
}
export interface Filters {
  text: string;
  role: string;
  stage: string;
  tag: string;
  atRisk: boolean;
}
export const NO_FILTERS: Filters = { text: '', role: '', stage: '', tag: '', atRisk: false };

const STAGE_ORDER: Record<string, number> = { associate: 0, friend: 1, family: 2 };
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

function compare(a: Contact, b: Contact, key: SortKey): number {
  switch (key) {
    case 'risk':
      return a.risk - b.risk;
    case 'stage':
      return (STAGE_ORDER[a.stage] ?? 0) - (STAGE_ORDER[b.stage] ?? 0);
    case 'nextTouchAt':
      // nothing due sorts last either way round
      if (!a.nextTouchAt || !b.nextTouchAt) return (a.nextTouchAt ? 0 : 1) - (b.nextTouchAt ? 0 : 1);
      return a.nextTouchAt.localeCompare(b.nextTouchAt);
    case 'startedAt':
      return a.startedAt.localeCompare(b.startedAt);
    default:
      return collator.compare(a[key], b[key]);
  }
}

/** The rows to show: filtered, then sorted (ties by name). Pure, so it is cheap to test. */
export function visibleRows(all: readonly Contact[], filters: Filters, sort: Sort, riskThreshold: number): Contact[] {
  const text = filters.text.trim().toLowerCase();
  const tag = filters.tag.toLowerCase();
  const rows = all.filter(
    (c) =>
      (!filters.role || c.role === filters.role) &&
      (!filters.stage || c.stage === filters.stage) &&
      (!tag || c.tags.some((t) => t.toLowerCase() === tag)) &&
      (!filters.atRisk || c.risk >= riskThreshold) &&
      (!text ||
        c.name.toLowerCase().includes(text) ||
        c.tags.some((t) => t.toLowerCase().includes(text)) ||
        c.identities.some((k) => k.includes(text))),
  );
  return rows.sort((a, b) => {
    const nothingDue = sort.key === 'nextTouchAt' && (!a.nextTouchAt || !b.nextTouchAt);
    const c = nothingDue ? compare(a, b, sort.key) : compare(a, b, sort.key) * sort.dir;
    return c || collator.compare(a.name, b.name);
  });
}

export function allTags(all: readonly Contact[]): string[] {
  const seen = new Map<string, string>();
  for (const c of all) for (const t of c.tags) if (!seen.has(t.toLowerCase())) seen.set(t.toLowerCase(), t);
  return [...seen.values()].sort(collator.compare);
}
