import { elementsOf } from './deep-query';

/**
 * What a full scan of a long page reads: the units (rows, posts, messages, results) on or near the
 * screen. A scan that read every unit cost the page in proportion to the page: on the bench's
 * 3,000-unit pages the full scan was 60 - 75% of the content script's time, spent on people far
 * off screen (and past the 500 people sent, no one there ever got a chip). Pages of up to
 * WINDOW_FROM units (every real capture here: a 100-row inbox, a thread, a profile) are read whole,
 * as before; longer ones are read near the screen, and scrolling reads the new part
 * (lib/sites/run-site.ts).
 */

/** A list of more units than this is cut to the screen; shorter ones are read whole. */
export const WINDOW_FROM = 200;

/** The part of the page read, in the viewport's coordinates (the screen and a margin around it). */
export interface ScreenBand {
  top: number;
  bottom: number;
}

/**
 * An adapter's long list of units (in page order), cut to what a scan reads. It may be a NodeList
 * (region.ts `unitsOf`): only the units read get a script object.
 */
export type Near = <E extends Element>(units: ArrayLike<E>) => E[];

const arrayOf = <E extends Element>(units: ArrayLike<E>): E[] => (Array.isArray(units) ? units : elementsOf(units));

/** Every unit: tests, region scans, and callers that have no screen. */
export const EVERYWHERE: Near = arrayOf;

/** The screen and one screen's height above and below it: what a short scroll brings into view. */
export function screenBand(viewportHeight: number): ScreenBand {
  return { top: -viewportHeight, bottom: 2 * viewportHeight };
}

/** Where a box lies against the band. */
export type Side = 'above' | 'on' | 'below';

/**
 * One scan's window. `near` is handed to the adapter's `find`; `cut` says whether it left units
 * out (the page is long), so region scans skip what lies off screen too and scrolling rescans.
 * Reading a box costs ~7 us here even with the layout clean (6,000 rows: 40 ms), so a long list
 * is searched, not filtered: its units are in page order, which in a list is top to bottom.
 */
export class ScanWindow {
  cut = false;
  /** Units handed back by `near`, cut or not. */
  private kept = 0;

  constructor(private readonly band: ScreenBand | null) {}

  /** Where the element's box lies (a box with no size, hidden, counts where it sits). */
  side(el: Element): Side {
    if (!this.band) return 'on';
    const box = el.getBoundingClientRect();
    if (box.bottom < this.band.top) return 'above';
    return box.top > this.band.bottom ? 'below' : 'on';
  }

  /**
   * A long list was cut and nothing was left to read: the screen shows none of the page's units (it
   * is scrolled past the list), so finding no one there says nothing about the site's markup.
   */
  get showsNone(): boolean {
    return this.cut && this.kept === 0;
  }

  readonly near: Near = (units) => {
    const read = this.cutToBand(units);
    this.kept += read.length;
    return read;
  };

  private cutToBand<E extends Element>(units: ArrayLike<E>): E[] {
    if (!this.band || units.length <= WINDOW_FROM) return arrayOf(units);
    // not top to bottom (columns side by side, a list laid out upwards): read all, as before
    const last = units[units.length - 1]!;
    if (units[0]!.getBoundingClientRect().top > last.getBoundingClientRect().top) return arrayOf(units);
    this.cut = true;
    // the first unit not above the band, then every unit until one lies below it
    let lo = 0;
    let hi = units.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.side(units[mid]!) === 'above') lo = mid + 1;
      else hi = mid;
    }
    const out: E[] = [];
    for (let i = lo; i < units.length && this.side(units[i]!) !== 'below'; i++) out.push(units[i]!);
    return out;
  }
}
