import { isChipNode } from './chips';
import type { SiteAdapter } from './types';

/**
 * What the page changed since the last scan, gathered from MutationObserver records: the elements
 * to read again (each widened to the adapter's unit: a row, a post, a link), whether nodes left,
 * and whether something only a full scan can judge changed (the head: Gmail's title names the
 * viewer).
 */
export interface Changes {
  /** Element -> true when it may hold people already known (it changed), false when it is new. */
  regions: Map<Element, boolean>;
  removed: boolean;
  full: boolean;
}

/** What the observer watches: the tree, and the attributes the adapters read people from. */
export const OBSERVED: MutationObserverInit = {
  childList: true,
  subtree: true,
  attributes: true,
  attributeFilter: ['href', 'email', 'name', 'aria-label', 'data-testid'],
};

export function noChanges(): Changes {
  return { regions: new Map(), removed: false, full: false };
}

function unitOf(adapter: SiteAdapter, node: Element): Element | null {
  try {
    return adapter.unitOf?.(node) ?? null;
  } catch {
    return null;
  }
}

function mark(changes: Changes, el: Element, changed: boolean) {
  changes.regions.set(el, changes.regions.get(el) === true || changed);
}

/** An element the page added or changed: its unit when it lies in one (that unit changed), else itself. */
function addRegion(changes: Changes, adapter: SiteAdapter, el: Element, changed: boolean) {
  const unit = unitOf(adapter, el);
  if (unit && unit !== el) mark(changes, unit, true);
  else mark(changes, el, changed);
}

/**
 * The page's own nodes of a record's list, by index: a page that appends a thousand rows hands one
 * record of a thousand nodes, and stepping its iterator would allocate a result object for each.
 */
function pageNodes(list: NodeList): Node[] {
  const nodes: Node[] = [];
  for (let i = 0; i < list.length; i++) if (!isChipNode(list[i]!)) nodes.push(list[i]!);
  return nodes;
}

/** Adds the records to `changes`; true when any of them is more than Kindred's own chips. */
export function collectChanges(
  records: readonly MutationRecord[],
  changes: Changes,
  adapter: SiteAdapter,
  body: Element | null,
): boolean {
  let relevant = false;
  const parentUnits = new Map<Element, Element | null>();
  for (const record of records) {
    const target = record.target;
    if (isChipNode(target)) continue;
    if (record.type === 'attributes') {
      relevant = true;
      if (!body?.contains(target)) changes.full = true;
      else addRegion(changes, adapter, target as Element, true);
      continue;
    }
    const added = pageNodes(record.addedNodes);
    const removed = pageNodes(record.removedNodes);
    if (added.length === 0 && removed.length === 0) continue;
    relevant = true;
    if (!body?.contains(target)) {
      changes.full = true;
      continue;
    }
    for (const node of added) {
      const parent = node.parentElement;
      if (node.nodeType !== 1) {
        if (parent) addRegion(changes, adapter, parent, true); // a new text: its element changed
      } else if (parent) {
        // units are found among a node's ancestors-or-self (closest), so the siblings added under
        // one parent share its answer: inside the parent's unit (which changed), or new themselves
        if (!parentUnits.has(parent)) parentUnits.set(parent, unitOf(adapter, parent));
        const unit = parentUnits.get(parent);
        if (unit) mark(changes, unit, true);
        else mark(changes, node as Element, false);
      } else addRegion(changes, adapter, node as Element, false);
    }
    if (removed.length > 0) {
      // what is left may now be read differently (the second link of a post becomes its author)
      changes.removed = true;
      if (target.nodeType === 1) addRegion(changes, adapter, target as Element, true);
    }
  }
  return relevant;
}
