import type { PersonOnPage } from '../types';
import { cleanName } from './clean-name';

/** Merges people found more than once on a page (same identity key), keeping the first anchor. */
export function dedupePeople(people: PersonOnPage[]): PersonOnPage[] {
  const byKey = new Map<string, PersonOnPage>();
  const out: PersonOnPage[] = [];
  for (const person of people) {
    const name = cleanName(person.displayName);
    const keys = [...new Set(person.identities.filter(Boolean))];
    if (keys.length === 0) continue;
    const existing = keys.map((k) => byKey.get(k)).find(Boolean);
    if (existing) {
      for (const k of keys) if (!existing.identities.includes(k)) existing.identities.push(k);
      if (!existing.displayName && name) existing.displayName = name;
      for (const k of keys) byKey.set(k, existing);
      continue;
    }
    const merged: PersonOnPage = { ...person, displayName: name, identities: keys };
    out.push(merged);
    for (const k of keys) byKey.set(k, merged);
  }
  return out;
}

/**
 * The distinct people found so far who are not the viewer, for an adapter's `find` limit: reading
 * stops once `full`. `viewer` is read live, so keys the scan learns later are not counted as they
 * come (a key counted before it was known as the viewer's stays counted).
 */
export class PeopleCount {
  private readonly keys = new Set<string>();

  constructor(
    private readonly limit = Number.POSITIVE_INFINITY,
    private readonly viewer: ReadonlySet<string> = new Set(),
  ) {}

  add(person: PersonOnPage | null): void {
    if (person) for (const key of person.identities) if (!this.viewer.has(key)) this.keys.add(key);
  }

  get full(): boolean {
    return this.keys.size >= this.limit;
  }
}

/** Removes the logged-in user (any of their keys) from a page's people. */
export function withoutViewer(people: PersonOnPage[], viewerKeys: Iterable<string>): PersonOnPage[] {
  const viewer = new Set(viewerKeys);
  if (viewer.size === 0) return people;
  return people.filter((p) => !p.identities.some((k) => viewer.has(k)));
}
