import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect } from 'vitest';
import { collectChanges, noChanges, OBSERVED } from '../changes';
import { PagePeople } from '../page-people';
import type { PersonOnPage, SiteAdapter } from '../types';

/**
 * Test helpers for region scans: a fixture parsed into a document, and a PagePeople fed by a real
 * MutationObserver on it, exactly as run-site.ts feeds it, so a test can change the page and
 * compare what the regions gave with what a full scan gives.
 */
export function fixture(path: string): { doc: Document; url: string; html: string } {
  const html = readFileSync(resolve(__dirname, '../../../tests/fixtures', path), 'utf8');
  const url = /https:\/\/[^\s|>]+/.exec(html)?.[0] ?? 'https://example.org/';
  return { doc: new DOMParser().parseFromString(html, 'text/html'), url, html };
}

export interface Tracked {
  page: PagePeople;
  /** Applies a change to the page, then scans what it changed; says how. */
  step(change: (doc: Document) => void): 'full' | 'regions';
}

export function tracked(adapter: SiteAdapter, doc: Document, url: string): Tracked {
  const page = new PagePeople(adapter);
  page.update(doc, url, null);
  const observer = new MutationObserver(() => {});
  observer.observe(doc.documentElement, OBSERVED);
  return {
    page,
    step(change) {
      change(doc);
      const changes = noChanges();
      collectChanges(observer.takeRecords(), changes, adapter, doc.body);
      return page.update(doc, url, changes);
    },
  };
}

/** People as plain values, in a stable order: what a region scan and a full scan must agree on. */
export function summary(people: readonly PersonOnPage[]) {
  return people
    .map((p) => ({ name: p.displayName, keys: [...p.identities].sort(), view: p.view }))
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

export function allKeys(people: readonly PersonOnPage[]): string[] {
  return people.flatMap((p) => p.identities);
}

/** The tracked people equal a full scan of the page as it is now. */
export function fullScanSummary(adapter: SiteAdapter, doc: Document, url: string) {
  return summary(adapter.find(doc, url).people);
}

/** Appends HTML at the end of the first element matching `selector`. */
export const append = (selector: string, html: string) => (doc: Document) =>
  doc.querySelector(selector)!.insertAdjacentHTML('beforeend', html);

/** Removes the first element matching `selector`. */
export const remove = (selector: string) => (doc: Document) => doc.querySelector(selector)!.remove();

/** One family's common case: what a list gains (someone new, and the viewer's own unit) and loses. */
export interface FamilyCase {
  adapter: SiteAdapter;
  path: string;
  list: string;
  added: string;
  newKey: string;
  /** The viewer's own row, post or message, and their key (none on a page of no site). */
  own?: string;
  viewerKey?: string;
  /** The unit removed afterwards. */
  first: string;
}

/**
 * Units appended to a list are read as regions (not a full scan) and someone new comes in; the
 * viewer's own unit never brings them in (nor does the region alone, given the cached viewer);
 * then the list's first unit leaves. Each time the people equal a full scan's.
 */
export function expectRegionScans(c: FamilyCase): void {
  const { doc, url } = fixture(c.path);
  const t = tracked(c.adapter, doc, url);
  expect(t.step(append(c.list, c.added))).toBe('regions');
  expect(allKeys(t.page.people)).toContain(c.newKey);
  expect(summary(t.page.people)).toEqual(fullScanSummary(c.adapter, doc, url));
  if (c.own && c.viewerKey) {
    expect(t.step(append(c.list, c.own))).toBe('regions');
    expect(t.page.viewer?.keys.has(c.viewerKey)).toBe(true);
    expect(allKeys(t.page.people)).not.toContain(c.viewerKey);
    const region = doc.querySelector(c.list)!.lastElementChild!;
    expect(allKeys(c.adapter.findIn!(region, t.page.viewer!, url) ?? [])).not.toContain(c.viewerKey);
  }
  t.step(remove(c.first));
  expect(summary(t.page.people)).toEqual(fullScanSummary(c.adapter, doc, url));
}
