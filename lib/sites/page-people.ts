import type { Changes } from './changes';
import { forgetKeptQueries, withKeptQueries } from './shared/kept-queries';
import type { ScanWindow } from './shared/window';
import type { Diagnostic, PersonOnPage, SiteAdapter, ViewerInfo } from './types';
import { MAX_PEOPLE_SENT } from './wire';

/** More regions than this in one batch: the page was rebuilt, a full scan is cheaper to reason about. */
const MAX_REGIONS = 5_000;
/**
 * People kept: only the first MAX_PEOPLE_SENT are ever sent (wire.ts), so once that many are known,
 * a region after the last of them is not read at all: whoever it shows would come after them.
 * On a page of thousands of rows this is what keeps a growing list cheap.
 */
const KEEP = MAX_PEOPLE_SENT;

/** The node above, across an open shadow root's boundary. */
function up(node: Node): Node | null {
  return node.parentNode ?? (node as ShadowRoot).host ?? null;
}

function precedes(a: Element | undefined, b: Element | undefined): boolean {
  return !!a && !!b && a !== b && (a.compareDocumentPosition(b) & 4) /* FOLLOWING */ !== 0;
}

/** The region lies after `last` in page order and does not hold it. */
function after(region: Element, last: Element | undefined): boolean {
  if (!last) return false;
  const where = last.compareDocumentPosition(region);
  return (where & 4) /* FOLLOWING */ !== 0 && (where & 16) /* CONTAINED_BY */ === 0;
}

function insideAny(node: Node, set: ReadonlySet<Node>): boolean {
  for (let n: Node | null = node; n; n = up(n)) if (set.has(n)) return true;
  return false;
}

/**
 * The people on a page, kept up to date from the regions the page changes (DESIGN.md habit 5).
 * A full scan (the adapter's `find` over the document, and its `viewer`) starts it, and settles
 * anything a region cannot: a diagnostic, an empty page, a region the adapter declines, a person
 * who left and was not found again in this batch (they may still be shown elsewhere). Otherwise
 * only the changed regions are read and merged: known people keep their place and their anchor,
 * new people are appended, and the viewer, learnt from the whole page, is never among them.
 */
export class PagePeople {
  people: PersonOnPage[] = [];
  diagnostic: Diagnostic | undefined;
  private viewerInfo: ViewerInfo | null = null;
  /** The address the viewer was learnt on. */
  private viewerUrl = '';

  /** The viewer as the last full scan saw them (region scans never return these keys). */
  get viewer(): ViewerInfo | null {
    return this.viewerInfo;
  }

  private byKey = new Map<string, PersonOnPage>();
  /**
   * The last full scan read the page near the screen only (a long page: lib/sites/shared/window.ts):
   * region scans then skip what lies off screen too, and a scroll needs a new full scan.
   */
  windowed = false;

  constructor(private readonly adapter: SiteAdapter) {}

  /**
   * Reads what changed, or the whole page when only that can tell; says which it did. `onScreen`: the
   * part of a long page read (none: all of it). `scrolled`: a scroll asked for this scan, so the
   * viewer the last full scan of the same address learnt still holds (lib/sites/types.ts, `find`).
   */
  update(
    doc: Document,
    url: string,
    changes: Changes | null,
    onScreen?: ScanWindow,
    scrolled = false,
  ): 'full' | 'regions' {
    if (changes && this.scanRegions(changes, url, onScreen)) {
      forgetKeptQueries(); // the page changed: the last full scan's answers may hold what it removed
      return 'regions';
    }
    this.scanAll(doc, url, onScreen, scrolled);
    return 'full';
  }

  scanAll(doc: Document, url: string, onScreen?: ScanWindow, scrolled = false): void {
    const { adapter } = this;
    let viewer: ViewerInfo | undefined;
    // only scrolled since the last full scan of this address: its viewer and its answers still hold
    const still = scrolled && this.viewerUrl === url;
    const known = still ? (this.viewerInfo ?? undefined) : undefined;
    try {
      const found = withKeptQueries(still, () => adapter.find(doc, url, KEEP, onScreen?.near, known));
      this.people = found.people.filter((p) => p.identities.length > 0).slice(0, KEEP);
      // an adapter's "people expected, none found" is about the markup; a screen scrolled past a
      // long list shows no markup to judge
      this.diagnostic = onScreen?.showsNone ? undefined : found.diagnostic;
      viewer = found.viewer;
    } catch {
      // an adapter must not throw, but the page must never see it if one does
      this.people = [];
      this.diagnostic = undefined;
    }
    try {
      this.viewerInfo = viewer ?? known ?? adapter.viewer?.(doc, url) ?? null;
    } catch {
      this.viewerInfo = null;
    }
    this.viewerUrl = url;
    this.windowed = onScreen?.cut === true;
    this.byKey = new Map();
    for (const p of this.people) for (const k of p.identities) if (!this.byKey.has(k)) this.byKey.set(k, p);
  }

  /** False when a full scan must decide; the state may then be half updated, and scanAll resets it. */
  private scanRegions(changes: Changes, url: string, onScreen: ScanWindow | undefined): boolean {
    const viewer = this.viewerInfo;
    const findIn = this.adapter.findIn;
    if (changes.full || !viewer || !findIn || this.diagnostic || this.people.length === 0) return false;
    const regions = topRegions(changes.regions);
    if (regions.size > MAX_REGIONS) return false;
    const lost = this.lostPeople(regions, changes.removed);
    // a region skipped because no region after it is read either: past the last person kept, or
    // below the screen of a long page. Appended rows come in page order, so the one after it is too.
    let past: Element | null = null;
    for (const region of regions.keys()) {
      if (past !== null && region.previousElementSibling === past) {
        past = region;
        continue;
      }
      // past the last person kept, a region adds no one that is sent (or that a bounded full scan reads)
      if (this.full && after(region, this.people.at(-1)?.anchor)) {
        past = region;
        continue;
      }
      // a long page read near the screen: a region off screen is read when a scroll brings it near
      const side = this.windowed && onScreen ? onScreen.side(region) : 'on';
      if (side === 'below') past = region;
      if (side !== 'on') continue;
      let found: PersonOnPage[] | null;
      try {
        found = findIn.call(this.adapter, region, viewer, url);
      } catch {
        found = null;
      }
      if (!found) return false;
      for (const person of found) if (!this.merge(person, lost)) return false;
    }
    // someone left and no region showed them again: only a full scan knows if they are elsewhere
    return lost.size === 0;
  }

  /** Known people whose anchor left the page or lies in a region that changed. */
  private lostPeople(regions: ReadonlyMap<Element, boolean>, removed: boolean): Set<PersonOnPage> {
    const lost = new Set<PersonOnPage>();
    const changed = new Set<Element>();
    regions.forEach((c, el) => {
      if (c) changed.add(el); // forEach: no entry pair allocated per region
    });
    if (!removed && changed.size === 0) return lost;
    for (const p of this.people) {
      const a = p.anchor;
      if (a && (!a.isConnected || (changed.size > 0 && insideAny(a, changed)))) lost.add(p);
    }
    return lost;
  }

  /**
   * As dedupePeople does across one scan: a later occurrence of a known person adds its keys. False
   * when only a full scan can say how the page names someone: a known person read again with another
   * name or other keys, or shown earlier on the page than where they were known under another name
   * (a full scan takes the first occurrence's name).
   */
  private merge(person: PersonOnPage, lost: Set<PersonOnPage>): boolean {
    const keys = [...new Set(person.identities.filter(Boolean))];
    const known = keys.map((k) => this.byKey.get(k)).find(Boolean);
    if (!known) {
      if (keys.length > 0) this.add({ ...person, identities: keys });
      return true;
    }
    const revived = lost.delete(known);
    const earlier = revived || precedes(person.anchor, known.anchor);
    if (earlier && person.displayName && person.displayName !== known.displayName) return false;
    if (revived && !sameKeys(keys, known.identities)) return false;
    if (earlier) {
      // re-rendered, moved, or shown earlier: keeps its place and name, takes the first anchor
      known.anchor = person.anchor;
      known.view = person.view;
    }
    for (const k of keys) {
      if (!known.identities.includes(k)) known.identities.push(k);
      this.byKey.set(k, known);
    }
    if (!known.displayName && person.displayName) known.displayName = person.displayName;
    return true;
  }

  /**
   * Appended; once the list is full (KEEP people, or as far as a bounded full scan reads), put in
   * page order before the first person it precedes (the last one out when over KEEP), or left out.
   */
  private add(person: PersonOnPage) {
    if (this.full) {
      const at = this.people.findIndex((p) => precedes(person.anchor, p.anchor));
      if (at < 0) return;
      this.people.splice(at, 0, person);
      if (this.people.length > KEEP) {
        const out = this.people.pop()!;
        for (const k of out.identities) if (this.byKey.get(k) === out) this.byKey.delete(k);
      }
    } else this.people.push(person);
    for (const k of person.identities) this.byKey.set(k, person);
  }

  /** No one after the last person kept is read: see KEEP and ViewerInfo.bounded. */
  private get full(): boolean {
    return this.people.length >= KEEP || this.viewerInfo?.bounded === true;
  }
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((k) => b.includes(k));
}

/** The connected regions not inside another one; a covered region that changed marks its cover changed. */
function topRegions(regions: ReadonlyMap<Element, boolean>): Map<Element, boolean> {
  const top = new Map<Element, boolean>();
  // siblings share their parent's answer: one walk up per parent, not per region
  const covers = new Map<Node, Element | null>();
  const coverAbove = (el: Element): Element | null => {
    const parent = up(el);
    if (!parent) return null;
    let cover = covers.get(parent);
    if (cover === undefined) {
      cover = null;
      for (let n: Node | null = parent; n; n = up(n)) if (regions.has(n as Element)) cover = n as Element;
      covers.set(parent, cover);
    }
    return cover;
  };
  // forEach, not for-of: no entry pair allocated per region (a thousand appended rows are a thousand regions)
  regions.forEach((changed, el) => {
    if (!el.isConnected) return;
    const cover = coverAbove(el);
    const key = cover ?? el;
    top.set(key, top.get(key) === true || changed || (cover !== null && regions.get(cover) === true));
  });
  return top;
}
