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

/** Removes the logged-in user (any of their keys) from a page's people. */
export function withoutViewer(people: PersonOnPage[], viewerKeys: Iterable<string>): PersonOnPage[] {
  const viewer = new Set(viewerKeys);
  if (viewer.size === 0) return people;
  return people.filter((p) => !p.identities.some((k) => viewer.has(k)));
}
