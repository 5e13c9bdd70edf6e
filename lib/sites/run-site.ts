import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { type ChipMark, chipFor, drawChip, isChipNode, removeAllChips, sweepChips } from './chips';
import { insertDraft } from './shared/insert-text';
import type { PersonOnPage, SiteAdapter } from './types';
import { diagnosticToWire, toWire } from './wire';

/**
 * The shared shell of every content script: one batched observer per page, idle-time scans,
 * a rescan on single-page navigation, only changes sent to the background, stage chips drawn
 * from the background's answer, drafts put into the page's message box.
 * It holds no data: the background is the only door to the database.
 */
const SCAN_THROTTLE_MS = 400;
/**
 * A scan may take at most this share of the page's time: after a scan that took d ms, the next
 * waits at least d / SCAN_SHARE ms. On a huge page (a 6,000-row inbox: ~85 ms a scan on this
 * machine) scans space themselves out instead of competing with the site for the main thread.
 */
const SCAN_SHARE = 0.05;
const MAX_GAP_MS = 10_000;

interface Marks {
  marks: Array<ChipMark | null>;
  /** false when the user switched this site off in Settings. */
  enabled?: boolean;
}

function isMarks(value: unknown): value is { ok: true; value: Marks } {
  const v = value as { ok?: boolean; value?: { marks?: unknown } } | undefined;
  return v?.ok === true && Array.isArray(v.value?.marks);
}

function isMark(value: unknown): value is ChipMark {
  const m = value as ChipMark | null;
  return !!m && typeof m.contactId === 'string' && typeof m.stage === 'string' && typeof m.due === 'boolean';
}

export function runSite(adapter: SiteAdapter, ctx: ContentScriptContext): void {
  let people: PersonOnPage[] = [];
  let lastSent = '';
  let chipsOn = true;
  let timer: number | undefined;
  let idle: number | undefined;
  let lastScan = 0;
  let gap = SCAN_THROTTLE_MS;

  const openContact = (contactId: string) => {
    void browser.runtime.sendMessage({ type: 'content->bg:openContact', payload: { contactId } }).catch(() => {});
  };

  // Chips are drawn only for people on or near the screen: a 6,000-row inbox gets a few dozen
  // chips, not thousands of elements for the site's layout to carry.
  let wanted = new Map<Element, ChipMark>();
  const nearScreen =
    typeof IntersectionObserver === 'function'
      ? new IntersectionObserver(
          (entries) => {
            for (const entry of entries) {
              const mark = wanted.get(entry.target);
              if (!entry.isIntersecting || !mark) continue;
              drawChip(entry.target, mark, openContact);
              nearScreen?.unobserve(entry.target);
            }
          },
          { rootMargin: '400px 0px' },
        )
      : null;

  const drawMarks = (marks: Array<ChipMark | null>) => {
    const next = new Map<Element, ChipMark>();
    if (chipsOn) {
      people.forEach((person, i) => {
        const mark = marks[i];
        if (person.anchor?.isConnected && isMark(mark)) next.set(person.anchor, mark);
      });
    }
    for (const anchor of wanted.keys()) if (!next.has(anchor)) nearScreen?.unobserve(anchor);
    wanted = next;
    const keep = new Set<HTMLElement>();
    for (const [anchor, mark] of next) {
      const drawn = chipFor(anchor);
      if (drawn?.isConnected || !nearScreen) {
        drawChip(anchor, mark, openContact); // already on screen once: keep its label current
        keep.add(chipFor(anchor)!);
      } else nearScreen.observe(anchor);
    }
    sweepChips(keep);
  };

  const scan = async (force = false) => {
    const started = performance.now();
    let found: ReturnType<SiteAdapter['find']>;
    try {
      found = adapter.find(document, location.href);
    } catch {
      found = { people: [] }; // an adapter must not throw, but the page must never see it if one does
    }
    lastScan = Date.now();
    gap = Math.min(MAX_GAP_MS, Math.max(SCAN_THROTTLE_MS, (performance.now() - started) / SCAN_SHARE));
    people = found.people.filter((p) => p.identities.length > 0);
    const wire = toWire(people);
    const diagnostic = diagnosticToWire(found.diagnostic);
    const signature = JSON.stringify([location.href, wire, diagnostic]);
    if (!force && signature === lastSent) return;
    lastSent = signature;
    try {
      const reply = await browser.runtime.sendMessage({
        type: 'content->bg:peopleFound',
        payload: { url: location.href.slice(0, 2_000), people: wire, diagnostic },
      });
      if (isMarks(reply) && reply.value.enabled === false) {
        observer.disconnect();
        removeAllChips();
        return;
      }
      if (isMarks(reply)) drawMarks(reply.value.marks);
    } catch {
      // the background restarted or the extension was updated: the next mutation tries again
    }
  };

  const schedule = () => {
    if (timer !== undefined || idle !== undefined) return;
    const wait = Math.max(0, gap - (Date.now() - lastScan));
    timer = ctx.setTimeout(() => {
      timer = undefined;
      const run = () => {
        idle = undefined;
        void scan();
      };
      if ('requestIdleCallback' in window) idle = ctx.requestIdleCallback(run, { timeout: 1_000 });
      else run();
    }, wait);
  };

  // One observer for the page. Our own chips' insertions are ignored, so drawing a chip never
  // triggers another scan.
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (isChipNode(record.target)) continue;
      const added = [...record.addedNodes, ...record.removedNodes];
      if (added.length > 0 && added.every(isChipNode)) continue;
      schedule();
      return;
    }
  });
  observer.observe(document.documentElement, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['href', 'email', 'name', 'aria-label', 'data-testid'],
  });
  ctx.onInvalidated(() => {
    observer.disconnect();
    nearScreen?.disconnect();
    removeAllChips();
  });
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    // the user moved to another thread or profile: answer now, whatever the last scan cost
    lastSent = '';
    lastScan = 0;
    if (timer !== undefined) {
      clearTimeout(timer);
      timer = undefined;
    }
    schedule();
  });

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const m = message as { type?: string; payload?: Record<string, unknown> };
    if (m?.type === 'bg->content:rescan') {
      void scan(true);
      return undefined;
    }
    if (m?.type === 'bg->content:marks' && Array.isArray(m.payload?.marks)) {
      drawMarks(m.payload.marks as Array<ChipMark | null>);
      return undefined;
    }
    if (m?.type === 'bg->content:settings' && typeof m.payload?.stageChips === 'boolean') {
      chipsOn = m.payload.stageChips;
      void scan(true);
      return undefined;
    }
    if (m?.type === 'bg->content:insertDraft' && typeof m.payload?.text === 'string') {
      const text = m.payload.text.slice(0, 5_000);
      let box: HTMLElement | null = null;
      try {
        box = adapter.composeBox?.(document) ?? null;
      } catch {
        box = null;
      }
      const inserted = box ? insertDraft(box, text) : false;
      return Promise.resolve({ ok: true, value: { inserted, hadBox: !!box } });
    }
    return undefined;
  });

  void scan();
}
