import { normaliseKey } from '../identity';
import { type Contact, LIMITS } from '../model/contact';
import { STAGES } from '../model/vocabulary';

export interface DuplicateCandidate {
  id: string;
  name: string;
  identities: readonly string[];
}

export interface DuplicateGroups {
  /** Contacts that share an identity key: the same person, merge. `keys` are the shared keys. */
  certain: Array<{ ids: string[]; keys: string[] }>;
  /** Contacts whose names are the same or nearly the same: suggest only, the user decides. */
  possible: Array<{ ids: string[]; reason: 'same-name' | 'similar-name' }>;
}

const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'phd', 'md', 'esq', 'dds', 'cpa']);

/**
 * A name as a comparison key: accents and case folded, punctuation dropped, "Doe, Jane" read as
 * "Jane Doe", words sorted (so word order never matters).
 */
export function nameKey(name: string): string {
  let text = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[ø]/g, 'o')
    .replace(/[æ]/g, 'ae')
    .replace(/[łľ]/g, 'l')
    .trim();
  const comma = text.split(',');
  if (comma.length === 2) {
    const after = (comma[1] ?? '').replace(/[^\p{L}\p{N}\s]/gu, '').trim();
    // "Doe, Jane" is last-name-first; "Jane Doe, Jr." is a suffix.
    if (after && !SUFFIXES.has(after)) text = `${after} ${comma[0]}`;
  }
  return text
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .sort()
    .join(' ');
}

/** Levenshtein distance, giving up (returning max + 1) as soon as it exceeds max. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      row.push(value);
      if (value < best) best = value;
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[b.length] ?? max + 1;
}

/** Kinds one person normally has one of: two different ones mean two people. */
const SINGLE_KINDS = ['linkedin', 'facebook', 'instagram', 'x'];

function conflicting(a: Set<string>, b: Set<string>): boolean {
  for (const kind of SINGLE_KINDS) {
    const ka = [...a].filter((k) => k.startsWith(`${kind}:`));
    const kb = [...b].filter((k) => k.startsWith(`${kind}:`));
    if (ka.length && kb.length && !ka.some((k) => b.has(k))) return true;
  }
  return false;
}

class UnionFind {
  private parent = new Map<string, string>();
  find(x: string): string {
    let root = x;
    while (this.parent.get(root) !== undefined && this.parent.get(root) !== root) root = this.parent.get(root) ?? root;
    let node = x;
    while (node !== root) {
      const next = this.parent.get(node) ?? root;
      this.parent.set(node, root);
      node = next;
    }
    return root;
  }
  union(a: string, b: string): void {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra !== rb) this.parent.set(rb, ra);
  }
}

/** Most similar-name comparisons are skipped by only comparing names that share a word start. */
function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const MAX_BLOCK = 400;

export function findDuplicates(contacts: readonly DuplicateCandidate[]): DuplicateGroups {
  const keysOf = new Map<string, Set<string>>();
  const owners = new Map<string, string[]>();
  for (const c of contacts) {
    const keys = new Set<string>();
    for (const raw of c.identities) {
      const key = normaliseKey(raw);
      if (key) keys.add(key);
    }
    keysOf.set(c.id, keys);
    for (const key of keys) push(owners, key, c.id);
  }
  const uf = new UnionFind();
  for (const ids of owners.values()) for (const id of ids.slice(1)) uf.union(ids[0] ?? id, id);
  const groups = new Map<string, string[]>();
  for (const c of contacts) push(groups, uf.find(c.id), c.id);
  const sharedKeys = new Map<string, string[]>();
  for (const [key, ids] of owners) {
    if (ids.length < 2 || !ids[0]) continue;
    const root = uf.find(ids[0]);
    push(sharedKeys, root, key);
  }
  const certain: DuplicateGroups['certain'] = [];
  for (const [root, ids] of groups) {
    if (ids.length >= 2) certain.push({ ids, keys: sharedKeys.get(root) ?? [] });
  }

  // Names: same key -> same-name; a small edit distance -> similar-name. Never across a
  // certain group, never when two different profiles of one site say they are two people.
  const names = contacts.map((c) => ({ id: c.id, key: nameKey(c.name) })).filter((n) => n.key.length > 0);
  const sameName = new Map<string, string[]>();
  for (const n of names) push(sameName, n.key, n.id);
  const possible: DuplicateGroups['possible'] = [];
  const paired = new Set<string>();
  const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
  const allowed = (a: string, b: string) =>
    uf.find(a) !== uf.find(b) && !conflicting(keysOf.get(a) ?? new Set(), keysOf.get(b) ?? new Set());
  const hasProfile = (id: string) =>
    [...(keysOf.get(id) ?? [])].some((k) => SINGLE_KINDS.includes(k.slice(0, k.indexOf(':'))));
  for (const ids of sameName.values()) {
    if (ids.length < 2) continue;
    // Members without a site profile can all be the same person as anyone; members with one
    // are split greedily so that two different profiles never land in one suggestion.
    const groupsOfName: string[][] = [];
    for (const id of ids) {
      const home = hasProfile(id)
        ? groupsOfName.find((g) => g.every((other) => allowed(id, other)))
        : groupsOfName.find((g) => allowed(id, g[0] ?? id));
      if (home) home.push(id);
      else groupsOfName.push([id]);
    }
    for (const group of groupsOfName) if (group.length > 1) possible.push({ ids: group, reason: 'same-name' });
  }
  const blocks = new Map<string, Array<{ id: string; key: string }>>();
  for (const n of names) {
    for (const word of new Set(n.key.split(' '))) {
      push(blocks, word.slice(0, 3), n);
    }
  }
  for (const block of blocks.values()) {
    if (block.length < 2 || block.length > MAX_BLOCK) continue;
    for (let i = 0; i < block.length; i++) {
      for (let j = i + 1; j < block.length; j++) {
        const a = block[i];
        const b = block[j];
        if (!a || !b || a.key === b.key || paired.has(pairKey(a.id, b.id))) continue;
        const shorter = Math.min(a.key.length, b.key.length);
        if (shorter < 8) continue; // short names only ever match exactly
        const max = shorter >= 12 ? 2 : 1;
        if (editDistance(a.key, b.key, max) > max || !allowed(a.id, b.id)) continue;
        paired.add(pairKey(a.id, b.id));
        possible.push({ ids: [a.id, b.id], reason: 'similar-name' });
      }
    }
  }
  return { certain, possible };
}

const NOTE_SEPARATOR = '\n\n---\n\n';

function unique<T>(values: Iterable<T>, by: (v: T) => string = String): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const v of values) {
    const k = by(v);
    if (!seen.has(k)) {
      seen.add(k);
      out.push(v);
    }
  }
  return out;
}

/**
 * One contact from several that are the same person: the primary's id and fields win; every
 * identity, tag, phone and detail is kept; notes are joined with a separator; the earliest
 * startedAt and createdAt, the closer stage, a birthday if any has one (one with a year wins
 * over the same day without), and "do not contact" if any says so.
 */
export function mergeContacts(primary: Contact, others: readonly Contact[], now?: number): Contact {
  const all = [primary, ...others];
  const merged: Contact = { ...primary };
  const record = merged as unknown as Record<string, unknown>;
  for (const other of others) {
    for (const [key, value] of Object.entries(other)) {
      if (record[key] === undefined && value !== undefined && key !== 'deletedAt') record[key] = value;
    }
  }
  delete merged.deletedAt;
  merged.identities = unique(
    all.flatMap((c) => c.identities.map((k) => normaliseKey(k) ?? k)),
    (k) => k,
  ).slice(0, LIMITS.identities);
  merged.tags = unique(
    all.flatMap((c) => c.tags),
    (t) => t.toLowerCase(),
  ).slice(0, LIMITS.tags);
  merged.details = unique(all.flatMap((c) => c.details)).slice(0, 50);
  const phones: string[] = [];
  const digits = (p: string) => p.replace(/\D/g, '');
  for (const phone of all.flatMap((c) => c.phones ?? [])) {
    const d = digits(phone);
    // "+1 555 123 4567" and "(555) 123-4567" are one number written twice
    const same = (other: string) => {
      const o = digits(other);
      return o === d || (Math.min(o.length, d.length) >= 7 && (o.endsWith(d) || d.endsWith(o)));
    };
    if (d && !phones.some(same)) phones.push(phone);
  }
  if (phones.length) merged.phones = phones.slice(0, 20);
  const notes = unique(all.map((c) => c.notes.trim()).filter(Boolean));
  merged.notes = notes.join(NOTE_SEPARATOR).slice(0, LIMITS.note);
  merged.startedAt = all.map((c) => c.startedAt).sort()[0] ?? primary.startedAt;
  merged.stage = all.reduce<Contact['stage']>(
    (best, c) => (STAGES.indexOf(c.stage) > STAGES.indexOf(best) ? c.stage : best),
    primary.stage,
  );
  const birthdays = all.map((c) => c.birthday).filter((b): b is string => !!b);
  const birthday = birthdays[0];
  if (birthday) {
    const withYear = birthday.startsWith('--')
      ? birthdays.find((b) => !b.startsWith('--') && b.slice(4) === birthday.slice(1))
      : undefined;
    merged.birthday = withYear ?? birthday;
  }
  if (all.some((c) => c.consent?.doNotContact)) {
    merged.consent = { ...(merged.consent ?? { basis: 'unknown' }), doNotContact: true };
  }
  merged.createdAt = Math.min(...all.map((c) => c.createdAt));
  merged.updatedAt = now ?? Math.max(...all.map((c) => c.updatedAt));
  return merged;
}
