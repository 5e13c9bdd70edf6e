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
 * stops once `full`. A person counts once, when none of its keys was seen before (as dedupePeople
 * would merge it); the limit is in people (lib/sites/page-people.ts KEEP), so a site that gives
 * two keys a person is not cut at half. `viewer` is read live, so keys the scan learns later are
 * not counted as they come (a person counted before it was known as the viewer stays counted).
 */
export class PeopleCount {
  private readonly keys = new Set<string>();
  private people = 0;

  constructor(
    private readonly limit = Number.POSITIVE_INFINITY,
    private readonly viewer: ReadonlySet<string> = new Set(),
  ) {}

  add(person: PersonOnPage | null): void {
    const keys = person?.identities.filter((key) => !this.viewer.has(key)) ?? [];
    if (keys.length === 0) return;
    if (!keys.some((key) => this.keys.has(key))) this.people++;
    for (const key of keys) this.keys.add(key);
  }

  get full(): boolean {
    return this.people >= this.limit;
  }
}

/** Removes the logged-in user (any of their keys) from a page's people. */
export function withoutViewer(people: PersonOnPage[], viewerKeys: Iterable<string>): PersonOnPage[] {
  const viewer = new Set(viewerKeys);
  if (viewer.size === 0) return people;
  return people.filter((p) => !p.identities.some((k) => viewer.has(k)));
}
