import { describe, expect, it } from 'vitest';
import { facebookAdapter } from './facebook';
import { linkedinAdapter } from './linkedin';
import { PagePeople } from './page-people';
import { fixture } from './testing/tracked';
import type { SiteAdapter, ViewerInfo } from './types';
import { xAdapter } from './x';

/**
 * A scroll's rescan of a long page hands the adapter the viewer the last full scan of the same
 * address learnt (lib/sites/types.ts, `find`): reading the viewer's hooks again was a query over
 * the whole document per scroll (LinkedIn: ~10 ms a scan on the bench's 5,000-result page).
 */
describe('the viewer handed to a scroll’s rescan', () => {
  const cases: Array<[string, SiteAdapter, string]> = [
    ['linkedin', linkedinAdapter, 'linkedin/2025-10-search-people.html'],
    ['x', xAdapter, 'x/2026-03-home-timeline.html'],
    ['facebook', facebookAdapter, 'facebook/2026-08-group-feed.html'],
  ];

  it.each(cases)('%s: is used instead of the page’s hooks, and returned', (_id, adapter, path) => {
    const { doc, url } = fixture(path);
    const learnt = adapter.find(doc, url);
    expect(learnt.viewer).toBeDefined();
    const someone = learnt.people[0]!.identities[0]!;
    // a viewer the page's own hooks would not give: only the handed one can drop this person
    const known: ViewerInfo = { keys: new Set([someone]), bounded: false };
    const found = adapter.find(doc, url, undefined, undefined, known);
    expect(found.viewer).toBe(known);
    expect(found.people.flatMap((p) => p.identities)).not.toContain(someone);
    expect(found.people.length).toBeGreaterThan(0);
  });
});

describe('PagePeople hands the viewer back only to a scroll’s rescan of the same address', () => {
  function recording() {
    const handed: Array<ViewerInfo | undefined> = [];
    const adapter: SiteAdapter = {
      id: 'generic',
      matches: () => true,
      find: (_root, _url, _limit, _near, known) => {
        handed.push(known);
        return { people: [], viewer: { keys: new Set(['site:me']), bounded: false } };
      },
    };
    return { page: new PagePeople(adapter), handed };
  }

  it('a scroll after a full scan of the same address: handed; otherwise: read again', () => {
    const { page, handed } = recording();
    const doc = document.implementation.createHTMLDocument('');
    page.update(doc, 'https://example.org/a', null); // the first scan learns it
    page.update(doc, 'https://example.org/a', null, undefined, true); // a scroll
    page.update(doc, 'https://example.org/a', null); // a full scan for another reason
    page.update(doc, 'https://example.org/b', null, undefined, true); // scrolled, but another page
    expect(handed[0]).toBeUndefined();
    expect([...(handed[1]?.keys ?? [])]).toEqual(['site:me']);
    expect(handed[2]).toBeUndefined();
    expect(handed[3]).toBeUndefined();
  });
});
