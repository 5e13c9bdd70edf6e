/**
 * Stage chips: a small mark beside each recognised person, in a closed shadow root so the page
 * can neither style nor read it. It shows the stage and whether a touch is due, nothing else
 * (never notes, goals or other private fields).
 */
export interface ChipMark {
  contactId: string;
  stage: string;
  due: boolean;
}

const HOST_TAG = 'kindred-chip';
const hosts = new WeakMap<Element, HTMLElement>();
const live = new Set<HTMLElement>();

export function isChipNode(node: Node): boolean {
  return node instanceof Element && node.localName === HOST_TAG;
}

/**
 * The host is as wide as the chip but takes (almost) no height in the line: the button is drawn
 * centred on the line's middle, overflowing a 1 px host (not 0: a box with no height counts as
 * hidden to tools that look for it, and is nothing to click). A chip taller than the page's line made
 * every row, post or result with a chip grow by a few pixels, so everything after it moved and
 * the page laid out and pre-painted all of it again (LinkedIn's and Facebook's generated pages:
 * 52 - 82 ms for 20 chips; 24 - 29 ms with the chip flat).
 */
const STYLE = `
:host { all: initial; display: inline-block; vertical-align: middle; margin-inline-start: 4px; height: 1px; }
button { font: 600 11px/1.4 system-ui, sans-serif; border: 1px solid #0f766e; color: #0f766e; background: #f0fdfa;
  border-radius: 999px; padding: 0 6px; cursor: pointer; transform: translateY(-50%); }
button.due { border-color: #b45309; color: #92400e; background: #fffbeb; }
button:focus-visible { outline: 2px solid #2563eb; outline-offset: 1px; }
`;

function label(mark: ChipMark): string {
  const stage = mark.stage.charAt(0).toUpperCase() + mark.stage.slice(1);
  return mark.due ? `${stage} · due` : stage;
}

export function drawChip(anchor: Element, mark: ChipMark, onOpen: (contactId: string) => void): void {
  let host = hosts.get(anchor);
  if (!host || !host.isConnected) {
    host = document.createElement(HOST_TAG);
    const root = host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent = STYLE;
    const button = document.createElement('button');
    button.type = 'button';
    root.append(style, button);
    (host as HTMLElement & { _button?: HTMLButtonElement })._button = button;
    anchor.after(host);
    hosts.set(anchor, host);
  }
  live.add(host);
  const button = (host as HTMLElement & { _button?: HTMLButtonElement })._button!;
  // Every scan's answer redraws the chips on screen: write only what changed. Rewriting the same
  // text dirties the layout, and on a 6,000-row inbox each relayout costs the page ~90 ms here.
  const text = label(mark);
  if (button.textContent !== text) {
    button.textContent = text;
    button.title = `Kindred: ${text}. Open in Kindred`;
    button.setAttribute('aria-label', `Kindred contact, ${text}. Open in Kindred`);
  }
  const className = mark.due ? 'due' : '';
  if (button.className !== className) button.className = className;
  button.onclick = (event) => {
    event.preventDefault();
    event.stopPropagation();
    onOpen(mark.contactId);
  };
}

/** Removes every chip not drawn in the latest pass (a person left the page). */
export function sweepChips(keep: ReadonlySet<HTMLElement>): void {
  for (const host of live) {
    if (!keep.has(host)) {
      host.remove();
      live.delete(host);
    }
  }
}

export function chipFor(anchor: Element): HTMLElement | undefined {
  return hosts.get(anchor);
}

export function removeAllChips(): void {
  sweepChips(new Set());
}
