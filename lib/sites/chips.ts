/**
 * Stage chips: a small mark beside each recognised person, in a closed shadow root so the page
 * can neither style nor read it. It shows the stage and whether a touch is due, nothing else
 * (never notes, goals or other private fields).
 *
 * The chips live in one layer of Kindred's own, appended to `<html>`, and are placed from each
 * name's box; nothing is inserted into the site's own tree. A chip inserted beside the name, in
 * the page's flow, made the site lay out and pre-paint its whole page again every time a chip came
 * or went: on a 6,000-row inbox 8 chips cost the page 310 - 380 ms of main-thread time, 100 ms on
 * X's feed; in the layer 34 - 39 ms and 25 - 36 ms, with 12 - 25 ms for nothing at all
 * (docs/performance.md). It also leaves the site's own DOM as its framework wrote it.
 * The layer is laid out on its own (`contain: layout style size`): moving a chip moves nothing of
 * the page's.
 */
export interface ChipMark {
  contactId: string;
  stage: string;
  due: boolean;
}

const HOST_TAG = 'kindred-chip';
const LAYER_TAG = 'kindred-layer';
/** Room between the end of the name and the chip, in CSS pixels. */
const GAP = 4;
/** The side of the dot a chip shrinks to where the name's line goes on after it, in CSS pixels. */
const DOT = 8;

interface Chip {
  host: HTMLElement;
  button: HTMLButtonElement;
  /** drawn as a dot on the name's corner (its line goes on after it) */
  dot: boolean;
  /** the transform last written ('' when never placed), so a placement writes only what moved */
  at: string;
  shown: boolean;
}

const chips = new Map<Element, Chip>();
let layer: HTMLElement | null = null;
let frame: number | undefined;
/** A placement wrote something (a chip moved, showed or hid) since takeChipsMoved last asked. */
let moved = false;

/** Kindred's own layers and chips: known by identity, so a page's look-alike elements are not. */
const ours = new WeakSet<Node>();

export function isChipNode(node: Node): boolean {
  return ours.has(node);
}

/**
 * No `:host { all: initial }`: it made every change of a chip's inline style (shown, hidden, moved)
 * recompute the host's every property, 2.5 against 0.6 ms of style a placement of 40 chips on the
 * bench's grown inbox (plain Chromium, 2026-11-24), and it guarded nothing: the page's own rules
 * win over a shadow root's `:host` rules, and what the host inherits comes from the layer, which
 * is reset to initial values (theLayer).
 */
const STYLE = `
button { display: block; font: 600 11px/1.4 system-ui, sans-serif; border: 1px solid #0f766e; color: #0f766e; background: #f0fdfa;
  border-radius: 999px; padding: 0 6px; cursor: pointer; white-space: nowrap; }
button.due { border-color: #b45309; color: #92400e; background: #fffbeb; }
button.dot { box-sizing: border-box; font-size: 0; width: ${DOT}px; height: ${DOT}px; padding: 0; border-width: 2px; background: #0f766e; }
button.dot.due { background: #b45309; }
button:focus-visible { outline: 2px solid #2563eb; outline-offset: 1px; }
`;

/**
 * One style sheet for every chip, parsed once: a `<style>` in each new chip's root cost the page a
 * style sheet to process per chip (4 ms for the 13 chips a scroll of the bench's inbox brings).
 * A browser that cannot adopt a constructed sheet gets the `<style>`.
 */
let sheet: CSSStyleSheet | null | undefined;
function styleChip(root: ShadowRoot): void {
  try {
    if (sheet === undefined) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(STYLE);
    }
    if (sheet) {
      root.adoptedStyleSheets = [sheet];
      return;
    }
  } catch {
    sheet = null;
  }
  const style = document.createElement('style');
  style.textContent = STYLE;
  root.append(style);
}

/**
 * The layer sits at the document's origin (its own box is read at each placement, so a site that
 * positions `<html>` moves nothing) and above the page's unpositioned content, yet below what a
 * site raises (menus, dialogs, sticky headers with a z-index), which then covers the chips too.
 * Whether something covers a name is left to that stacking: asking the page (a hit test at the
 * name) cost 80 - 230 µs a chip on the bench's big pages, and it is asked at every placement.
 */
function theLayer(): HTMLElement {
  if (layer?.isConnected) return layer;
  layer = document.createElement(LAYER_TAG);
  ours.add(layer);
  layer.style.cssText =
    'all:initial;position:absolute;left:0;top:0;width:0;height:0;z-index:1;contain:layout style size;pointer-events:none';
  document.documentElement.append(layer);
  return layer;
}

function label(mark: ChipMark): string {
  const stage = mark.stage.charAt(0).toUpperCase() + mark.stage.slice(1);
  return mark.due ? `${stage} · due` : stage;
}

function newChip(): Chip {
  const host = document.createElement(HOST_TAG);
  ours.add(host);
  // until its first placement the chip is not shown: it has no place yet
  host.style.cssText = 'position:absolute;left:0;top:0;pointer-events:auto;visibility:hidden';
  const root = host.attachShadow({ mode: 'closed' });
  styleChip(root);
  const button = document.createElement('button');
  button.type = 'button';
  root.append(button);
  theLayer().append(host);
  return { host, button, dot: false, at: '', shown: false };
}

/**
 * Chips whose person left the page, hidden and kept for the next person (see sweepChips), at most
 * PARKED. Showing a kept chip changes no box, where adding or removing one makes the page lay out,
 * and a page's first layout after a scroll looks for its scroll anchor among every element above
 * the screen: per scroll of the bench's big pages, 2 - 6 ms less (docs/performance.md).
 */
const parked: Chip[] = [];
const PARKED = 40;

/** A kept chip for a new person: one showing the same label if any, so no text changes either. */
function unpark(text: string): Chip | undefined {
  if (parked.some((c) => !c.host.isConnected)) parked.length = 0; // the layer was taken away
  const same = parked.findIndex((c) => c.button.textContent === text);
  return parked.splice(same >= 0 ? same : parked.length - 1, 1)[0];
}

export function drawChip(anchor: Element, mark: ChipMark, onOpen: (contactId: string) => void): void {
  const text = label(mark);
  let chip = chips.get(anchor);
  if (!chip || !chip.host.isConnected) {
    chip = unpark(text) ?? newChip(); // hidden until the caller places it (placeChips, requestPlacement)
    chips.set(anchor, chip);
  }
  const { button } = chip;
  // Every scan's answer redraws the chips on screen: write only what changed.
  if (button.textContent !== text) {
    button.textContent = text;
    button.title = `Kindred: ${text}. Open in Kindred`;
    button.setAttribute('aria-label', `Kindred contact, ${text}. Open in Kindred`);
  }
  if (button.classList.contains('due') !== mark.due) button.classList.toggle('due', mark.due);
  button.onclick = (event) => {
    event.preventDefault();
    event.stopPropagation();
    onOpen(mark.contactId);
  };
}

/** Takes away the chips of every person not in `keep` (they left the page): hidden and kept, or removed. */
export function sweepChips(keep: { has(anchor: Element): boolean }): void {
  for (const [anchor, chip] of chips) {
    if (keep.has(anchor)) continue;
    chips.delete(anchor);
    if (parked.length >= PARKED || !chip.host.isConnected) {
      chip.host.remove();
      continue;
    }
    show(chip, false);
    chip.button.onclick = null;
    parked.push(chip);
  }
}

export function chipFor(anchor: Element): HTMLElement | undefined {
  return chips.get(anchor)?.host;
}

export function removeAllChips(): void {
  for (const chip of [...chips.values(), ...parked]) chip.host.remove();
  chips.clear();
  parked.length = 0;
  layer?.remove();
  layer = null;
}

/** Hidden by `visibility`, not `display`: it keeps its box, so showing or hiding it lays nothing out. */
function show(chip: Chip, shown: boolean): void {
  if (chip.shown === shown) return;
  chip.shown = shown;
  chip.host.style.visibility = shown ? '' : 'hidden';
  moved = true;
}

/** Whether any placement moved, showed or hid a chip since the last call. */
export function takeChipsMoved(): boolean {
  const was = moved;
  moved = false;
  return was;
}

/** Places the chips at the next frame (once, however often it is asked for before then). */
export function requestPlacement(): void {
  if (frame !== undefined || chips.size === 0) return;
  frame = requestAnimationFrame(() => {
    frame = undefined;
    placeChips();
  });
}

/** The element that holds `el` in the composed tree: its parent, or its shadow root's host. */
function composedParent(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/**
 * The elements that clip `el`, itself included (a name cut with an ellipsis, a list scrolled
 * inside its own box: WhatsApp's messages, a dialog's body), nearest first. `<body>` and `<html>`
 * clip to the viewport, which needs no check.
 * Remembered per element: siblings share their ancestors, and overflow seldom changes.
 */
const CLIPPING = /\b(hidden|clip|auto|scroll)\b/;
const clipsOf = new WeakMap<Element, Element[]>();
function clippers(el: Element | null): Element[] {
  if (!el || el === document.body || el === document.documentElement) return [];
  const known = clipsOf.get(el);
  if (known) return known;
  const style = getComputedStyle(el);
  const above = clippers(composedParent(el));
  const clips = CLIPPING.test(style.overflow) ? [el, ...above] : above; // the shorthand: either axis
  clipsOf.set(el, clips);
  return clips;
}

/**
 * Whether `el` or a box around it is fixed or sticky: its chip, placed in the page's coordinates,
 * must be placed again when the window scrolls. Remembered like `clippers`.
 */
const PINNED = /^(fixed|sticky)$/;
const pinnedOf = new WeakMap<Element, boolean>();
function pinned(el: Element | null): boolean {
  if (!el || el === document.documentElement) return false;
  const known = pinnedOf.get(el);
  if (known !== undefined) return known;
  const is = PINNED.test(getComputedStyle(el).position) || pinned(composedParent(el));
  pinnedOf.set(el, is);
  return is;
}

/** Some chip's name is in a fixed or sticky box (as of the last placement). */
let followsWindow = false;

/**
 * Whether a scroll of the window moves any name against the page: only then does it need a
 * placement. Chips live in the page's coordinates and scroll with it; reading every name's box
 * at each scroll event cost ~1 ms a frame with the bench inbox's 30 chips.
 */
export function chipsFollowWindowScroll(): boolean {
  return followsWindow;
}

/** How many of a name's text nodes are read for its first line: a name is a few words. */
const TEXTS_READ = 20;

/**
 * The box of the first line of the name's text: a block that holds a name and then a handle on the
 * next line (X's profile header) is marked beside the name. An element with no text (a link around
 * an avatar, an empty labelled link) gives its own box, even an empty one: the chip then sits where
 * it starts, as it did in the page's flow.
 */
function firstLineOf(anchor: Element): DOMRect | null {
  const texts = document.createTreeWalker(anchor, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let first: DOMRect | null = null;
  let right = 0;
  for (let n = texts.nextNode(), read = 0; n && read < TEXTS_READ; n = texts.nextNode(), read++) {
    if (!n.nodeValue?.trim()) continue;
    range.selectNodeContents(n);
    for (const line of range.getClientRects()) {
      if (line.width === 0 || line.height === 0) continue;
      if (!first) first = line;
      else if (line.top + line.height / 2 > first.bottom)
        return new DOMRect(first.left, first.top, right - first.left, first.height);
      right = Math.max(right, line.right);
    }
  }
  if (first) return new DOMRect(first.left, first.top, right - first.left, first.height);
  return anchor.getClientRects()[0] ?? null; // none when the element is not drawn at all
}

/** How far after a name text on its line still lies under a chip drawn there (a chip's width). */
const CHIP_ROOM = 110;
/** How many nodes after the name are looked at for the text that follows it. */
const NODES_AFTER = 12;

/**
 * Whether the name's line goes on, right after it, where the chip would be drawn (Gmail's
 * recipients: "to me, Kwame, cc li.wei@..."): the chip would then hide that text.
 */
function lineGoesOn(anchor: Element, end: DOMRect): boolean {
  const texts = document.createTreeWalker(anchor.getRootNode(), NodeFilter.SHOW_TEXT);
  let last: Node = anchor;
  while (last.lastChild) last = last.lastChild;
  texts.currentNode = last;
  const range = document.createRange();
  for (let n = texts.nextNode(), seen = 0; n && seen < NODES_AFTER; n = texts.nextNode(), seen++) {
    if (!n.nodeValue?.trim()) continue;
    range.selectNodeContents(n);
    const next = range.getClientRects()[0];
    if (!next) continue; // not drawn (a hidden element's text)
    const sameLine = next.top < end.bottom && next.bottom > end.top;
    return sameLine && next.left >= end.right - 1 && next.left < end.right + CHIP_ROOM;
  }
  return false;
}

/**
 * Where the chip of `anchor` goes, in the viewport: just after the end of the name's first line (cut
 * at the boxes that clip it: a name cut short with an ellipsis ends where the cut is), centred on it.
 * Where the line goes on right after the name, the chip is a dot on the name's top right corner
 * instead (its label stays its title and accessible name): it hides none of the line's text, and
 * above or below the name lie other lines. Null when the name cannot be seen: no box, or outside a
 * box that clips it.
 */
function placeOf(anchor: Element, boxOf: (el: Element) => DOMRect): { x: number; y: number; dot: boolean } | null {
  const end = firstLineOf(anchor);
  if (!end) return null;
  const y = end.top + end.height / 2;
  const probe = end.left + Math.min(end.width / 2, 8); // a point of the name: is it inside every clip?
  let right = end.right;
  for (const clip of clippers(anchor)) {
    const box = boxOf(clip);
    if (probe < box.left || probe > box.right || y < box.top || y > box.bottom) return null;
    right = Math.min(right, box.right);
  }
  if (right === end.right && lineGoesOn(anchor, end)) return { x: right - DOT, y: end.top, dot: true };
  return { x: right + GAP, y, dot: false };
}

/**
 * Puts each chip beside its name: every box is read first, then every chip written, so a placement
 * lays out at most once, and only Kindred's layer.
 */
export function placeChips(): void {
  if (!layer?.isConnected) return;
  const origin = layer.getBoundingClientRect();
  const boxes = new Map<Element, DOMRect>(); // a list's clipping box, read once for all its names
  const boxOf = (el: Element) => {
    const known = boxes.get(el);
    if (known) return known;
    const box = el.getBoundingClientRect();
    boxes.set(el, box);
    return box;
  };
  const places: Array<[Chip, string | null, boolean]> = [];
  followsWindow = false;
  for (const [anchor, chip] of chips) {
    const at = anchor.isConnected ? placeOf(anchor, boxOf) : null;
    if (at && !followsWindow) followsWindow = pinned(anchor);
    // beside the name, centred on its line: the chip's own half-height up
    const centred = at?.dot ? '' : ' translateY(-50%)';
    places.push([
      chip,
      at && `translate(${Math.round(at.x - origin.left)}px, ${Math.round(at.y - origin.top)}px)${centred}`,
      !!at?.dot,
    ]);
  }
  for (const [chip, at, dot] of places) {
    if (at !== null && chip.at !== at) {
      chip.host.style.transform = at;
      chip.at = at;
      moved = true;
    }
    if (at !== null && chip.dot !== dot) {
      chip.dot = dot;
      chip.button.classList.toggle('dot', dot);
      moved = true;
    }
    show(chip, at !== null);
  }
}
