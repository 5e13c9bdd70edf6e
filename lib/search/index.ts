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

const ASCII = /^[\x20-\x7e]*$/;

/** Lower case without accents ("María" finds "maria"); plain ASCII skips the Unicode work. */
export function fold(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase();
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
  /** word of letters -> ids of the contacts with that word; kept current by every upsert */
  private byWord = new Map<string, Set<string>>();
  /**
   * One Fuse per first letter: typos rarely hit the first letter, and each holds a few words.
   * Built on the first typo search (or by `warm`), then kept current word by word.
   */
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
      this.forget(c.id);
      if (c.deletedAt !== undefined) continue;
      const doc = toDoc(c);
      this.docs.set(c.id, doc);
      for (const w of doc.words) if (LETTERS.test(w)) this.link(w, c.id);
    }
  }

  remove(ids: readonly string[]): void {
    for (const id of ids) this.forget(id);
  }

  /** Builds the typo search ahead of the first keystroke that needs it. */
  warm(): void {
    this.fuzzy();
  }

  private forget(id: string): void {
    const old = this.docs.get(id);
    if (!old) return;
    this.docs.delete(id);
    for (const w of old.words) if (LETTERS.test(w)) this.unlink(w, id);
  }

  private link(word: string, id: string): void {
    const ids = this.byWord.get(word);
    if (ids) {
      ids.add(id);
      return;
    }
    this.byWord.set(word, new Set([id]));
    if (!this.fuse) return;
    const bucket = this.fuse.get(word[0]!);
    if (bucket) bucket.add(word);
    else this.fuse.set(word[0]!, newFuse([word]));
  }

  private unlink(word: string, id: string): void {
    const ids = this.byWord.get(word);
    if (!ids) return;
    ids.delete(id);
    if (ids.size > 0) return;
    this.byWord.delete(word);
    this.fuse?.get(word[0]!)?.remove((w) => w === word);
  }

  private fuzzy(): Map<string, Fuse<string>> {
    if (this.fuse) return this.fuse;
    const buckets = new Map<string, string[]>();
    for (const word of this.byWord.keys()) {
      const bucket = buckets.get(word[0]!);
      if (bucket) bucket.push(word);
      else buckets.set(word[0]!, [word]);
    }
    this.fuse = new Map([...buckets].map(([letter, words]) => [letter, newFuse(words)]));
    return this.fuse;
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
    const fuse = this.fuzzy();
    // a contact matches when every typed word is close to one of its words
    const perWord = words.map((w) => {
      const ids = new Set<string>();
      for (const r of fuse.get(w[0]!)?.search(w, { limit: 30 }) ?? [])
        for (const id of this.byWord.get(r.item) ?? []) ids.add(id);
      return ids;
    });
    const [first, ...rest] = perWord;
    return [...(first ?? [])].filter((id) => rest.every((ids) => ids.has(id)));
  }
}

function newFuse(words: string[]): Fuse<string> {
  return new Fuse(words, { threshold: 0.34, ignoreLocation: true });
}
