import { describe, expect, it } from 'vitest';
import { gmailAdapter } from './gmail';
import { linkedinAdapter } from './linkedin';
import { gmailRow, liResult, waIncoming, waOutgoing } from './testing/markup';
import { append, fixture, summary } from './testing/tracked';
import type { SiteAdapter } from './types';
import { whatsappAdapter } from './whatsapp';

/**
 * Adapters that stop reading at `find`'s limit (a full scan keeps only the first people) give the
 * same first people as reading the whole page, never count the viewer or a repeated person, and
 * learn the same viewer, even from the viewer's own units after the limit.
 */
const many = (n: number, unit: (i: number) => string) => Array.from({ length: n }, (_, i) => unit(i)).join('');

const CASES: Array<{
  name: string;
  adapter: SiteAdapter;
  path: string;
  list: string;
  added: string;
  viewerKey: string;
}> = [
  {
    name: 'gmail inbox',
    adapter: gmailAdapter,
    path: 'gmail/2014-12-inbox.html',
    list: 'tbody',
    added:
      gmailRow('ana@example.com', 'Ana') +
      gmailRow('ana@example.com', 'Ana') +
      many(30, (i) => gmailRow(`p${i}@example.com`, `Person ${i}`)) +
      gmailRow('pat.lee@example.com', 'me'),
    viewerKey: 'email:pat.lee@example.com',
  },
  {
    name: 'linkedin search',
    adapter: linkedinAdapter,
    path: 'linkedin/2025-10-search-people.html',
    list: 'ul[role="list"]',
    added: many(30, (i) => liResult(`person-${i}`, `Person ${i}`)),
    viewerKey: 'linkedin:victor-viewer-77ab',
  },
  {
    name: 'whatsapp group',
    adapter: whatsappAdapter,
    path: 'whatsapp/2026-03-group.html',
    list: '#main [role="application"]',
    added:
      many(30, (i) => waIncoming(`N${i}`, `+49151123456${String(i).padStart(2, '0')}`, `Person ${i}`)) +
      waOutgoing('OWN9', '+1 555 010 0299'),
    viewerKey: 'whatsapp:+15550100299',
  },
];

describe('find with a limit', () => {
  it.each(CASES)('$name', (c) => {
    const { doc, url } = fixture(c.path);
    append(c.list, c.added)(doc);
    const all = c.adapter.find(doc, url);
    expect(all.people.length).toBeGreaterThan(25);
    for (const limit of [1, 3, 10, 25]) {
      const first = c.adapter.find(doc, url, limit);
      expect(summary(first.people.slice(0, limit))).toEqual(summary(all.people.slice(0, limit)));
      expect(first.people.length).toBeLessThan(all.people.length);
      expect(first.viewer).toEqual(all.viewer);
    }
    expect([...(all.viewer?.keys ?? [])]).toContain(c.viewerKey);
  });
});
