import { afterEach, describe, expect, it, vi } from 'vitest';
import { bigPage, personKeys, SITE_PAGES, type SitePage, units } from '../../bench/pages';
import { collectChanges, noChanges, OBSERVED } from './changes';
import { SITE_ADAPTERS } from './index';
import { PagePeople } from './page-people';
import { ScanWindow, screenBand } from './shared/window';

/**
 * A long page of each family (the bench's generated pages: the sites' own fixture markup, one unit
 * per person) read near the screen: the people of the units on or near the screen, wherever it
 * is scrolled, and none of the others. Units are laid out 100 px tall, top to bottom (happy-dom
 * has no layout); whatever is outside the list (headers, the viewer's markup) sits at the top.
 */
const UNIT_PX = 100;
const SCREEN = 720;
const FAMILIES = SITE_PAGES.filter((p) => p.grows !== false && p.site !== 'outlook');

function laidOut(doc: Document, container: string, scroll: () => number) {
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const list = doc.querySelector(container)!;
    let unit: Element | null = this;
    while (unit && unit.parentElement !== list) unit = unit.parentElement;
    const i = unit ? [...list.children].indexOf(unit) : -1;
    const top = (i < 0 ? 0 : i * UNIT_PX) - scroll();
    return {
      top,
      bottom: top + (i < 0 ? 0 : UNIT_PX),
      left: 0,
      right: 0,
      width: 0,
      height: 0,
      x: 0,
      y: top,
    } as DOMRect;
  });
}

/** The kind of key each family's people have (Gmail: an address). */
const prefix = (site: string) => (site === 'gmail' ? 'email:' : `${site}:`);

/** The people of units `from` to `to`, by this site's key, sorted. */
function keysOf(site: string, from: number, to: number): string[] {
  return Array.from({ length: to - from + 1 }, (_, k) =>
    personKeys(from + k).find((key) => key.startsWith(prefix(site))),
  ).sort() as string[];
}
const siteKeys = (page: PagePeople, site: string) =>
  page.people.map((p) => p.identities.find((k) => k.startsWith(prefix(site)))).sort();

/** Units appended to the list, parsed in a page of their own (happy-dom parses table rows inserted as HTML without their table). */
function appendUnits(doc: Document, site: SitePage, from: number, count: number) {
  const more = new DOMParser().parseFromString(site.shell(units(site, from, count)), 'text/html');
  doc.querySelector(site.container)!.append(...more.querySelector(site.container)!.children);
}

afterEach(() => vi.restoreAllMocks());

describe('a long page is read near the screen, wherever it is scrolled', () => {
  it.each(FAMILIES)('$site: 600 units', (site) => {
    const doc = new DOMParser().parseFromString(bigPage(site, 600), 'text/html');
    let scroll = 0;
    laidOut(doc, site.container, () => scroll);
    const adapter = SITE_ADAPTERS[site.site as keyof typeof SITE_ADAPTERS];
    const page = new PagePeople(adapter);
    const window = () => new ScanWindow(screenBand(SCREEN));

    // at the top: units 0 - 14 meet [-720, 1440] (unit i spans [100i, 100i + 100])
    page.update(doc, site.url, null, window());
    expect(page.windowed).toBe(true);
    expect(siteKeys(page, site.site)).toEqual(keysOf(site.site, 0, 14));

    // 200 units appended below the screen: a region scan, and none of them is read
    const observer = new MutationObserver(() => {});
    observer.observe(doc.documentElement, OBSERVED);
    appendUnits(doc, site, 600, 200);
    const changes = noChanges();
    collectChanges(observer.takeRecords(), changes, adapter, doc.body);
    expect(page.update(doc, site.url, changes, window())).toBe('regions');
    expect(siteKeys(page, site.site)).toEqual(keysOf(site.site, 0, 14));

    // scrolled to unit 700 (70,000 px): the next full scan reads units 692 - 714
    scroll = 70_000;
    page.update(doc, site.url, null, window());
    expect(siteKeys(page, site.site)).toEqual(keysOf(site.site, 692, 714));
  });
});

describe('what a long page always reads, wherever it is scrolled', () => {
  it('Gmail: a compose window fixed over a long inbox keeps its recipients', () => {
    const site = SITE_PAGES.find((p) => p.site === 'gmail')!;
    const doc = new DOMParser().parseFromString(bigPage(site, 600), 'text/html');
    doc.body.insertAdjacentHTML(
      'beforeend',
      '<div role="dialog"><div role="option" data-hovercard-id="new.person@example.com" data-name="New Person"></div></div>',
    );
    const scroll = 30_000;
    laidOut(doc, site.container, () => scroll);
    const rows = vi.mocked(Element.prototype.getBoundingClientRect).getMockImplementation()!;
    // the dialog stays on screen (position: fixed) while the inbox scrolls under it
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
      return this.closest('[role="dialog"]') ? ({ top: 400, bottom: 700 } as DOMRect) : rows.call(this);
    });
    const page = new PagePeople(SITE_ADAPTERS.gmail);
    page.update(doc, site.url, null, new ScanWindow(screenBand(SCREEN)));
    expect(page.windowed).toBe(true);
    const keys = page.people.map((p) => p.identities[0]);
    expect(keys).toContain('email:new.person@example.com');
    expect(keys).toContain('email:person300@example.com');
    expect(keys).not.toContain('email:person0@example.com');
  });
});

describe('a screen that shows none of a long list', () => {
  it.each(FAMILIES)('$site: no people, and no diagnostic (the markup is fine; the list is elsewhere)', (site) => {
    const doc = new DOMParser().parseFromString(bigPage(site, 600), 'text/html');
    laidOut(doc, site.container, () => 1_000_000); // far below the last unit (600 x 100 px)
    const page = new PagePeople(SITE_ADAPTERS[site.site as keyof typeof SITE_ADAPTERS]);
    page.update(doc, site.url, null, new ScanWindow(screenBand(SCREEN)));
    expect(page.windowed).toBe(true);
    expect(siteKeys(page, site.site).filter(Boolean)).toEqual([]);
    expect(page.diagnostic).toBeUndefined();
  });
});
