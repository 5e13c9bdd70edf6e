import { afterEach, describe, expect, it, vi } from 'vitest';
import { EVERYWHERE, ScanWindow, screenBand, WINDOW_FROM } from './window';

/** `count` rows 20 px tall, top to bottom, the page scrolled down by `scroll`; counts box reads. */
function rows(count: number, scroll = 0, order: 'down' | 'up' = 'down') {
  document.body.innerHTML = Array.from({ length: count }, (_, i) => `<div data-i="${i}"></div>`).join('');
  const els = [...document.body.children];
  let reads = 0;
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    reads++;
    const i = Number(this.getAttribute('data-i'));
    const top = (order === 'down' ? i : count - 1 - i) * 20 - scroll;
    return { top, bottom: top + 20, left: 0, right: 100, width: 100, height: 20, x: 0, y: top } as DOMRect;
  });
  return { els, reads: () => reads };
}
const indexes = (els: Element[]) => els.map((el) => Number(el.getAttribute('data-i')));
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, k) => from + k);

afterEach(() => vi.restoreAllMocks());

describe('ScanWindow: a long list read near the screen', () => {
  it('reads only the units that meet the band, and says it cut', () => {
    const { els } = rows(1000);
    const window = new ScanWindow({ top: -100, bottom: 300 });
    // row i spans [20i, 20i + 20]: rows 0 - 15 meet [-100, 300]
    expect(indexes(window.near(els))).toEqual(range(0, 15));
    expect(window.cut).toBe(true);
    expect(window.showsNone).toBe(false);
  });

  it('says when the screen shows none of a long list (scrolled past its end)', () => {
    const { els } = rows(1000, 100_000);
    const window = new ScanWindow(screenBand(720));
    expect(window.near(els)).toEqual([]);
    expect(window.showsNone).toBe(true);
  });

  it('follows the scroll: the same list scrolled 10,000 px down', () => {
    const { els } = rows(1000, 10_000);
    // the screen (720 px) and one screen above and below, [-720, 1440] on screen, are [9280, 11440]
    // of the page: row i spans [20i, 20i + 20], so rows 463 - 572 meet it
    expect(indexes(new ScanWindow(screenBand(720)).near(els))).toEqual(range(463, 572));
  });

  it('searches the list rather than reading every box (a box read costs ~7 us in Chromium)', () => {
    const { els, reads } = rows(6000, 50_000);
    const found = new ScanWindow(screenBand(720)).near(els);
    expect(indexes(found)).toEqual(range(2463, 2572));
    expect(reads()).toBeLessThan(found.length + 20);
  });

  it('reads short lists whole, and lists laid out bottom to top whole', () => {
    const short = rows(WINDOW_FROM).els;
    const window = new ScanWindow({ top: 0, bottom: 100 });
    expect(window.near(short)).toHaveLength(WINDOW_FROM);
    expect(window.cut).toBe(false);
    const upwards = rows(1000, 0, 'up').els;
    expect(window.near(upwards)).toHaveLength(1000);
    expect(window.cut).toBe(false);
  });

  it('without a screen (no band) everything is read, as EVERYWHERE does', () => {
    const { els } = rows(1000);
    const window = new ScanWindow(null);
    expect(window.near(els)).toHaveLength(1000);
    expect(window.side(els[999]!)).toBe('on');
    expect(EVERYWHERE(els)).toBe(els);
  });

  it('cuts the page’s own NodeList as it cuts an array, reading only the boxes it needs', () => {
    const { els, reads } = rows(1000, 10_000);
    const list = document.body.querySelectorAll('div');
    const fromArray = indexes(new ScanWindow({ top: -100, bottom: 300 }).near(els));
    const before = reads();
    const fromList = new ScanWindow({ top: -100, bottom: 300 }).near(list);
    expect(Array.isArray(fromList)).toBe(true);
    expect(indexes(fromList)).toEqual(fromArray);
    expect(reads() - before).toBeLessThan(40); // a search, not a walk of the 1,000
    expect(indexes(EVERYWHERE(list))).toEqual(range(0, 999));
    expect(indexes(new ScanWindow(null).near(document.body.querySelectorAll('div:nth-child(-n+3)')))).toEqual([
      0, 1, 2,
    ]);
  });

  it('tells a box above, on and below the band', () => {
    const { els } = rows(1000, 2000);
    const window = new ScanWindow({ top: 0, bottom: 720 });
    expect(window.side(els[0]!)).toBe('above');
    expect(window.side(els[110]!)).toBe('on');
    expect(window.side(els[200]!)).toBe('below');
  });
});
