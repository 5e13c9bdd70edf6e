import Fuse from 'fuse.js';
import { displayKey } from '../identity/keys';
import type { Contact } from '../model';

/**
 * Quick lookup over names, handles, emails, phones, tags and notes. An exact or prefix hit on a
 * normalised field ranks first (what people type most: the start of a name or handle); Fuse adds
 * typo-tolerant matches after them. The index is built once and rebuilt only after a write.
 */
export interface SearchDoc {
  id: string;
  name: string;
  keys: string;
  tags: string;
  notes: string;
}

export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function toDoc(c: Contact): SearchDoc {
  return {
    id: c.id,
    name: fold(c.name),
    keys: fold(c.identities.map((k) => `${displayKey(k)} ${k}`).join(' ')),
    tags: fold(c.tags.join(' ')),
    notes: fold(c.notes.slice(0, 2_000)),
  };
}

export class ContactSearch {
  private docs: SearchDoc[];
  private fuse: Fuse<SearchDoc> | null = null;

  constructor(contacts: readonly Contact[]) {
    this.docs = contacts.filter((c) => c.deletedAt === undefined).map(toDoc);
  }

  get size(): number {
    return this.docs.length;
  }

  search(query: string, limit = 20): string[] {
    const q = fold(query.trim());
    if (!q) return [];
    const hits: string[] = [];
    const seen = new Set<string>();
    const push = (id: string) => {
      if (!seen.has(id) && hits.length < limit) {
        seen.add(id);
        hits.push(id);
      }
    };
    const words = q.split(/\s+/);
    // 1. every word starts a word of the name, handle or email
    for (const d of this.docs) {
      const hay = ` ${d.name} ${d.keys}`;
      if (words.every((w) => hay.includes(` ${w}`) || hay.includes(`@${w}`) || hay.includes(`:${w}`))) push(d.id);
      if (hits.length >= limit) return hits;
    }
    // 2. contained anywhere, tags and notes included
    for (const d of this.docs) {
      const hay = `${d.name} ${d.keys} ${d.tags} ${d.notes}`;
      if (words.every((w) => hay.includes(w))) push(d.id);
      if (hits.length >= limit) return hits;
    }
    // 3. typos, only when the plain passes found little
    if (hits.length < Math.min(5, limit) && q.length >= 3) {
      this.fuse ??= new Fuse(this.docs, {
        keys: [
          { name: 'name', weight: 3 },
          { name: 'keys', weight: 2 },
          { name: 'tags', weight: 1 },
        ],
        threshold: 0.34,
        ignoreLocation: true,
      });
      for (const r of this.fuse.search(q, { limit })) push(r.item.id);
    }
    return hits;
  }
}
