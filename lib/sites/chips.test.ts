import { afterEach, describe, expect, it, vi } from 'vitest';
import { collectChanges, noChanges, OBSERVED } from './changes';
import {
  chipFor,
  chipsFollowWindowScroll,
  drawChip,
  placeChips,
  removeAllChips,
  sweepChips,
  takeChipsMoved,
} from './chips';
import type { SiteAdapter } from './types';

const buttonOf = (anchor: Element) => chipFor(anchor)?.shadowRoot?.querySelector('button') ?? undefined;
const rect = (left: number, top: number, width: number, height: number) => new DOMRect(left, top, width, height);

/** The boxes a browser would give: the name's text lines, and elements' own boxes (else zero). */
function layOut(lines: DOMRect[], boxes: Map<Element, DOMRect>) {
  vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(
    () => Object.assign([...lines], { item: (i: number) => lines[i] ?? null }) as unknown as DOMRectList,
  );
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    return boxes.get(this) ?? rect(0, 0, 0, 0);
  });
}

/** Chips' shadow roots are closed to the page; the tests open them to read the button. */
function openShadows() {
  const original = Element.prototype.attachShadow;
  return vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element) {
    return original.call(this, { mode: 'open' });
  });
}

afterEach(() => {
  removeAllChips();
  vi.restoreAllMocks();
});

describe('stage chips', () => {
  it('draws one chip in a layer of its own, outside the page, and rewrites it only when the mark changes', () => {
    document.body.innerHTML = '<p><span id="a">Ana</span> wrote</p>';
    const before = document.body.innerHTML;
    const anchor = document.getElementById('a')!;
    // the page's shadow roots are closed to it: reach ours through the test's own handle
    const attach = openShadows();
    drawChip(anchor, { contactId: 'c1', stage: 'friend', due: false }, () => {});
    expect(attach).toHaveBeenCalledWith({ mode: 'closed' });
    const host = chipFor(anchor)!;
    expect(document.body.innerHTML).toBe(before); // nothing inserted into the site's tree
    expect(host.parentElement?.localName).toBe('kindred-layer');
    expect(host.parentElement?.parentElement).toBe(document.documentElement);
    const button = buttonOf(anchor)!;
    expect(button.textContent).toBe('Friend');
    const text = button.firstChild;

    // the same mark again (every scan's answer redraws): nothing in the chip is replaced
    drawChip(anchor, { contactId: 'c1', stage: 'friend', due: false }, () => {});
    expect(buttonOf(anchor)).toBe(button);
    expect(button.firstChild).toBe(text);
    expect(document.querySelectorAll('kindred-chip')).toHaveLength(1);

    drawChip(anchor, { contactId: 'c1', stage: 'friend', due: true }, () => {});
    expect(button.textContent).toBe('Friend · due');
    expect(button.className).toBe('due');
    expect(button.getAttribute('aria-label')).toBe('Kindred contact, Friend · due. Open in Kindred');
    removeAllChips();
    expect(document.querySelectorAll('kindred-chip, kindred-layer')).toHaveLength(0);
  });

  it('opens the contact of the latest mark', () => {
    document.body.innerHTML = '<span id="a">Ana</span>';
    const anchor = document.getElementById('a')!;
    const opened: string[] = [];
    openShadows();
    drawChip(anchor, { contactId: 'c1', stage: 'friend', due: false }, (id) => opened.push(id));
    drawChip(anchor, { contactId: 'c2', stage: 'friend', due: false }, (id) => opened.push(id));
    buttonOf(anchor)!.click();
    expect(opened).toEqual(['c2']);
  });

  it('keeps the chip of a person who left, hidden, for the next person: the same label first', () => {
    document.body.innerHTML =
      '<span id="a">Ana</span><span id="b">Bea</span><span id="c">Cid</span><span id="d">Dan</span>';
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((id) => document.getElementById(id)!);
    const opened: string[] = [];
    openShadows();
    drawChip(a!, { contactId: 'ca', stage: 'friend', due: false }, (id) => opened.push(id));
    drawChip(b!, { contactId: 'cb', stage: 'family', due: false }, (id) => opened.push(id));
    const [friendChip, familyChip] = [chipFor(a!)!, chipFor(b!)!];
    sweepChips(new Set()); // both left the page
    expect(chipFor(a!)).toBeUndefined();
    expect(friendChip.style.visibility).toBe('hidden');
    expect(friendChip.isConnected).toBe(true);
    // a new friend takes the friend chip, though the family chip was kept last: no text changes
    drawChip(c!, { contactId: 'cc', stage: 'friend', due: false }, (id) => opened.push(id));
    expect(chipFor(c!)).toBe(friendChip);
    expect(friendChip.style.visibility).toBe('hidden'); // until placed
    drawChip(d!, { contactId: 'cd', stage: 'associate', due: true }, (id) => opened.push(id));
    expect(chipFor(d!)).toBe(familyChip); // any kept chip rather than a new one
    expect(buttonOf(d!)!.textContent).toBe('Associate · due');
    buttonOf(d!)!.click();
    expect(opened).toEqual(['cd']);
    expect(document.querySelectorAll('kindred-chip')).toHaveLength(2);
    sweepChips(new Set([c!]));
    removeAllChips(); // kept chips go too
    expect(document.querySelectorAll('kindred-chip, kindred-layer')).toHaveLength(0);
  });
});

describe("the page's observer", () => {
  const changed = (change: () => void) => {
    const observer = new MutationObserver(() => {});
    observer.observe(document.documentElement, OBSERVED);
    change();
    const relevant = collectChanges(observer.takeRecords(), noChanges(), {} as SiteAdapter, document.body);
    observer.disconnect();
    return relevant;
  };

  it('ignores Kindred drawing, moving and removing its chips, so a chip never causes a scan', () => {
    document.body.innerHTML = '<span id="a">Ana</span>';
    const anchor = document.getElementById('a')!;
    expect(changed(() => drawChip(anchor, { contactId: 'c1', stage: 'friend', due: false }, () => {}))).toBe(false);
    expect(changed(() => removeAllChips())).toBe(false);
  });

  it('does not ignore a page’s own elements that look like Kindred’s', () => {
    document.body.innerHTML = '<div id="list"></div>';
    const list = document.getElementById('list')!;
    expect(changed(() => list.append(document.createElement('kindred-chip')))).toBe(true);
    expect(changed(() => document.documentElement.append(document.createElement('kindred-layer')))).toBe(true);
  });
});

describe('placing the chips', () => {
  const mark = { contactId: 'c1', stage: 'friend', due: false };

  /** The page's markup, with a chip drawn for its element #a. */
  function chipBeside(html: string): Element {
    document.body.innerHTML = html;
    const anchor = document.getElementById('a')!;
    drawChip(anchor, mark, () => {});
    return anchor;
  }

  function place(anchor: Element): CSSStyleDeclaration {
    placeChips();
    return chipFor(anchor)!.style;
  }

  it('is hidden until placed, then sits after the end of the name, centred on its line', () => {
    const anchor = chipBeside('<h1 id="a">Ana Lima</h1>');
    const host = chipFor(anchor)!;
    expect(host.style.visibility).toBe('hidden');
    // a block heading as wide as the page: the chip follows the text, not the block
    layOut([rect(8, 100, 60, 20)], new Map([[anchor, rect(8, 100, 900, 20)]]));
    expect(place(anchor).visibility).toBe('');
    expect(host.style.transform).toBe('translate(72px, 110px) translateY(-50%)');
  });

  it('says whether a placement moved a chip, so a settled page is placed less often (run-site)', () => {
    const anchor = chipBeside('<h1 id="a">Ana Lima</h1>');
    takeChipsMoved();
    const boxes = new Map([[anchor, rect(8, 100, 900, 20)]]);
    layOut([rect(8, 100, 60, 20)], boxes);
    placeChips(); // shown and placed
    expect(takeChipsMoved()).toBe(true);
    expect(takeChipsMoved()).toBe(false); // asked: cleared
    placeChips(); // nothing moved
    expect(takeChipsMoved()).toBe(false);
    vi.restoreAllMocks();
    layOut([rect(8, 140, 60, 20)], boxes); // an image above loaded: the name moved down
    placeChips();
    expect(takeChipsMoved()).toBe(true);
  });

  it('asks for placements on window scrolls only while a name sits in a fixed or sticky box', () => {
    const still = chipBeside('<p id="a">Ana</p><header style="position: sticky"><b id="b">Bea</b></header>');
    layOut([rect(8, 100, 30, 20)], new Map([[still, rect(8, 100, 900, 20)]]));
    placeChips();
    expect(chipsFollowWindowScroll()).toBe(false); // the chip scrolls with its name
    const header = document.getElementById('b')!;
    drawChip(header, mark, () => {});
    placeChips();
    expect(chipsFollowWindowScroll()).toBe(true);
    header.remove(); // gone from the page: its chip is hidden, and follows nothing
    placeChips();
    expect(chipsFollowWindowScroll()).toBe(false);
  });

  it('marks the first line of a block that holds a name and then a handle (X’s profile header)', () => {
    const anchor = chipBeside('<div id="a"><span>Ruth Okoye</span><span> 🌍</span><div>@ruth_okoye</div></div>');
    const lines = new Map([
      ['Ruth Okoye', rect(8, 100, 80, 20)],
      [' 🌍', rect(88, 98, 22, 24)], // taller, on the same line
      ['@ruth_okoye', rect(8, 120, 90, 20)],
    ]);
    vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(function (this: Range) {
      const line = lines.get(this.startContainer.nodeValue ?? '');
      return (line ? [line] : []) as unknown as DOMRectList;
    });
    expect(place(anchor).transform).toBe('translate(114px, 110px) translateY(-50%)');
  });

  it('is a dot on the corner of a name its line goes on after, so it hides none of the line (Gmail’s recipients)', () => {
    openShadows();
    const anchor = chipBeside('<p>to me, <span id="a">Kwame</span>, cc <span>li.wei@example.cn</span></p>');
    const lines = new Map([
      ['Kwame', rect(70, 100, 50, 18)],
      [', cc ', rect(120, 100, 25, 18)],
      ['li.wei@example.cn', rect(145, 100, 120, 18)],
    ]);
    vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(function (this: Range) {
      const line = lines.get(this.startContainer.nodeValue ?? '');
      return (line ? [line] : []) as unknown as DOMRectList;
    });
    expect(place(anchor).transform).toBe('translate(112px, 100px)'); // a dot inside the name's top right corner
    expect(buttonOf(anchor)!.className).toBe('dot');
    expect(buttonOf(anchor)!.getAttribute('aria-label')).toBe('Kindred contact, Friend. Open in Kindred');
    // the line ends after the name (the rest wrapped to the next line): the whole chip beside it again
    lines.set(', cc ', rect(8, 118, 25, 18));
    expect(place(anchor).transform).toBe('translate(124px, 109px) translateY(-50%)');
    expect(buttonOf(anchor)!.className).toBe('');
  });

  it('sits where an element with no text starts (an empty labelled link)', () => {
    const anchor = chipBeside('<main><a id="a" aria-label="Chidi Okafor" href="/chidi"></a></main>');
    vi.spyOn(Element.prototype, 'getClientRects').mockImplementation(function (this: Element) {
      return (this === anchor ? [rect(8, 30, 0, 0)] : []) as unknown as DOMRectList;
    });
    expect(place(anchor).visibility).toBe('');
    expect(chipFor(anchor)!.style.transform).toBe('translate(12px, 30px) translateY(-50%)');
  });

  it('places from the layer’s own box, so the page scrolled or <html> moved changes nothing', () => {
    const anchor = chipBeside('<span id="a">Ana</span>');
    const layer = chipFor(anchor)!.parentElement!;
    layOut([rect(10, 50, 30, 16)], new Map([[layer, rect(0, -1000, 0, 0)]]));
    expect(place(anchor).transform).toBe('translate(44px, 1058px) translateY(-50%)');
  });

  it('ends a name cut by its box (an ellipsis) where the box ends', () => {
    const anchor = chipBeside('<span id="a" style="overflow: hidden">Anastasia Kowalczyk-Lima</span>');
    layOut([rect(10, 50, 300, 16)], new Map([[anchor, rect(10, 50, 120, 16)]]));
    expect(place(anchor).transform).toBe('translate(134px, 58px) translateY(-50%)');
  });

  it('hides the chip of a name scrolled out of the list that holds it, and shows it again', () => {
    const anchor = chipBeside('<div id="list" style="overflow: auto"><span id="a">Ana</span></div>');
    const list = document.getElementById('list')!;
    const boxes = new Map([[list, rect(0, 100, 300, 200)]]);
    const lines = [rect(10, 40, 30, 16)]; // above the list's top: scrolled out
    layOut(lines, boxes);
    expect(place(anchor).visibility).toBe('hidden');
    lines[0] = rect(10, 140, 30, 16);
    placeChips();
    expect(chipFor(anchor)!.style.visibility).toBe('');
  });

  it('hides the chip of a name that left the page', () => {
    const anchor = chipBeside('<span id="a">Ana</span>');
    layOut([rect(10, 40, 30, 16)], new Map());
    expect(place(anchor).visibility).toBe('');
    anchor.remove();
    placeChips();
    expect(chipFor(anchor)!.style.visibility).toBe('hidden');
  });
});
