import Fuse from 'fuse.js';
import { displayKey } from '../identity/keys';
import type { Contact } from '../model';

/**
 * Quick lookup over names, handles, emails, phones, tags and notes, for every keystroke.
 * 1. Every typed word starts a word of the name, a handle or an email (what people type most);
 * 2. every typed word appears anywhere, tags and notes included;
 * 3. only when those find little: typos, by Fuse over the distinct words of names and handles
 *    that share the typed word's first letter (not 20,000 whole contacts, so it stays fast).
 *    Only words of letters take part: a number, an id or "d1234" in an email is typed from
 *    somewhere exact, and 20,000 such words under one letter made this pass 70 ms a keystroke.
 * The index follows writes contact by contact (`upsert`, `remove`); nothing is rebuilt per keystroke.
 */
export interface SearchDoc {
  id: string;
  /** ` name handles emails` with a leading space, folded: the haystack of pass 1. */
  starts: string;
  /** Everything searchable, folded: the haystack of pass 2. */
  all: string;
  words: string[];
}

export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function toDoc(c: Contact): SearchDoc {
  const name = fold(c.name);
  const keys = fold(c.identities.map((k) => `${displayKey(k)} ${k}`).join(' '));
  const words = [
    ...new Set(
      `${name} ${c.identities.map((k) => fold(displayKey(k)).replace(/^@/, '')).join(' ')}`.split(/[\s@.,:_-]+/),
    ),
  ].filter((w) => w.length >= 2);
  return {
    id: c.id,
    starts: ` ${name} ${keys}`,
    all: `${name} ${keys} ${fold(c.tags.join(' '))} ${fold(c.notes.slice(0, 2_000))}`,
    words,
  };
}

/** A word of letters only (any script): the words typo search compares. */
const LETTERS = /^\p{L}+$/u;

export class ContactSearch {
  private docs = new Map<string, SearchDoc>();
  /** word -> ids of the contacts with that word; built lazily after a change */
  private byWord: Map<string, string[]> | null = null;
  /** One Fuse per first letter: typos rarely hit the first letter, and each holds a few words. */
  private fuse: Map<string, Fuse<string>> | null = null;

  constructor(contacts: readonly Contact[] = []) {
    this.upsert(contacts);
  }

  get size(): number {
    return this.docs.size;
  }

  /** Adds or refreshes contacts (a deleted one is removed). */
  upsert(contacts: readonly Contact[]): void {
    for (const c of contacts) {
      if (c.deletedAt !== undefined) this.docs.delete(c.id);
      else this.docs.set(c.id, toDoc(c));
    }
    if (contacts.length > 0) this.typosChanged();
  }

  remove(ids: readonly string[]): void {
    for (const id of ids) this.docs.delete(id);
    if (ids.length > 0) this.typosChanged();
  }

  private typosChanged(): void {
    this.byWord = null;
    this.fuse = null;
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
    for (const d of this.docs.values()) {
      if (words.every((w) => d.starts.includes(` ${w}`) || d.starts.includes(`@${w}`) || d.starts.includes(`:${w}`)))
        push(d.id);
      if (hits.length >= limit) return hits;
    }
    for (const d of this.docs.values()) {
      if (words.every((w) => d.all.includes(w))) push(d.id);
      if (hits.length >= limit) return hits;
    }
    if (hits.length < Math.min(5, limit) && words.every((w) => w.length >= 3 && LETTERS.test(w)))
      for (const id of this.typos(words)) push(id);
    return hits;
  }

  /** Contacts each of whose typed words is close to one of their words (Fuse over distinct words). */
  private typos(words: string[]): string[] {
    if (!this.byWord) {
      this.byWord = new Map();
      for (const d of this.docs.values()) {
        for (const w of d.words) {
          if (!LETTERS.test(w)) continue;
          const ids = this.byWord.get(w);
          if (ids) ids.push(d.id);
          else this.byWord.set(w, [d.id]);
        }
      }
    }
    if (!this.fuse) {
      const buckets = new Map<string, string[]>();
      for (const word of this.byWord.keys()) {
        const bucket = buckets.get(word[0]!);
        if (bucket) bucket.push(word);
        else buckets.set(word[0]!, [word]);
      }
      this.fuse = new Map(
        [...buckets].map(([letter, words]) => [letter, new Fuse(words, { threshold: 0.34, ignoreLocation: true })]),
      );
    }
    // a contact matches when every typed word is close to one of its words
    const perWord = words.map((w) => {
      const ids = new Set<string>();
      const fuse = this.fuse!.get(w[0]!);
      for (const r of fuse?.search(w, { limit: 30 }) ?? [])
        for (const id of this.byWord!.get(r.item) ?? []) ids.add(id);
      return ids;
    });
    const [first, ...rest] = perWord;
    return [...(first ?? [])].filter((id) => rest.every((ids) => ids.has(id)));
  }
}
