import { contactsByKeys } from '../db/contacts';
import type { KindredDB } from '../db/db';
import type { Contact } from '../model';

/** What a page (and a stage chip) may know of a contact: never notes, goals or private fields. */
export interface ContactSummary {
  id: string;
  name: string;
  role: Contact['role'];
  stage: Contact['stage'];
  nextTouchAt?: string;
  nextTouchKind?: string;
  risk: number;
}

export function summarise(c: Contact): ContactSummary {
  return {
    id: c.id,
    name: c.name,
    role: c.role,
    stage: c.stage,
    nextTouchAt: c.nextTouchAt,
    nextTouchKind: c.nextTouchKind,
    risk: c.risk,
  };
}

/**
 * Identity -> contact lookups for the people on pages. The first page reads the index with raw
 * gets in one transaction (the storage's own speed); answers are then remembered, including
 * "nobody", so the next pages a user scrolls through are answered from memory. Any write clears
 * the memory (writes are rare next to page lookups).
 */
export class LookupCache {
  private byKey = new Map<string, string | null>();
  private summaries = new Map<string, ContactSummary>();

  constructor(private readonly db: KindredDB) {}

  clear(): void {
    this.byKey.clear();
    this.summaries.clear();
  }

  async lookup(keys: readonly string[]): Promise<Map<string, ContactSummary>> {
    const missing = keys.filter((k) => !this.byKey.has(k));
    if (missing.length > 0) {
      const found = await contactsByKeys(this.db, missing);
      for (const row of found.values()) if (!this.summaries.has(row.id)) this.summaries.set(row.id, summarise(row));
      for (const k of missing) this.byKey.set(k, found.get(k)?.id ?? null);
    }
    const out = new Map<string, ContactSummary>();
    for (const k of keys) {
      const id = this.byKey.get(k);
      const summary = id ? this.summaries.get(id) : undefined;
      if (summary) out.set(k, summary);
    }
    return out;
  }
}
