import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { type Changes, collectChanges, noChanges, OBSERVED } from './changes';
import {
  type ChipMark,
  chipFor,
  chipsFollowWindowScroll,
  drawChip,
  placeChips,
  removeAllChips,
  requestPlacement,
  sweepChips,
  takeChipsMoved,
} from './chips';
import { PagePeople } from './page-people';
import { insertDraft } from './shared/insert-text';
import { ScanWindow, screenBand } from './shared/window';
import type { SiteAdapter } from './types';
import { diagnosticToWire, toWire } from './wire';

/**
 * The shared shell of every content script: one batched observer per page, idle-time scans that
 * read only the regions the page changed (lib/sites/page-people.ts; the whole page on start, on
 * single-page navigation, on the background's request and whenever a region cannot tell), only
 * changes sent to the background, stage chips drawn from the background's answer, drafts put
 * into the page's message box.
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
/**
 * A full scan at least this often while the page changes: it catches what region scans cannot see
 * (changes inside open shadow roots, which the observer does not reach; classes the observer does
 * not watch). Never more often than its own cost allows (FULL_SHARE of the page's time).
 */
const FULL_EVERY_MS = 10_000;
const FULL_SHARE = 0.01;
/**
 * How often the chips are placed again while nothing else asks for it (see the listeners below):
 * every second while that moves a chip, and twice as long after each that moves none, up to
 * PLACE_MAX_MS. A settled page is then read every few seconds, not every second (each placement
 * reads every chip's name: ~1 ms for the 30 chips of the bench's inbox).
 */
const PLACE_EVERY_MS = 1_000;
const PLACE_MAX_MS = 8_000;

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
  const page = new PagePeople(adapter);
  let changes: Changes = noChanges();
  let fullNext = true; // the next scan reads the whole page (start, navigation)
  let scrolled = false; // ... because the page was scrolled, and for nothing else
  let lastFull = 0;
  let fullEvery = FULL_EVERY_MS;
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
  // chips, not thousands for every placement to read the names' boxes of.
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
            requestPlacement(); // the chips just drawn wait hidden until placed
          },
          { rootMargin: '400px 0px' },
        )
      : null;

  const drawMarks = (marks: Array<ChipMark | null>) => {
    const next = new Map<Element, ChipMark>();
    if (chipsOn) {
      page.people.forEach((person, i) => {
        const mark = marks[i];
        if (person.anchor?.isConnected && isMark(mark)) next.set(person.anchor, mark);
      });
    }
    for (const anchor of wanted.keys()) if (!next.has(anchor)) nearScreen?.unobserve(anchor);
    wanted = next;
    // the chips of people who left go first: hidden and kept, they serve the people who came
    sweepChips(next);
    for (const [anchor, mark] of next) {
      const drawn = chipFor(anchor);
      // a long page's people are those near the screen already (lib/sites/shared/window.ts): their
      // chips go in now, with no wait for the observer
      if (drawn?.isConnected || !nearScreen || page.windowed) {
        drawChip(anchor, mark, openContact); // already on screen once: keep its label current
      } else nearScreen.observe(anchor);
    }
    // Placed now: the chips drawn wait hidden, the page's boxes are read while its layout is still
    // clean from the scan (showing or hiding a chip changes no box), and what changed is drawn
    // once, in the next frame.
    placeChips();
  };

  const scan = async (force = false) => {
    const started = performance.now();
    const periodic = Date.now() - lastFull > fullEvery; // a full scan re-learns the viewer too
    const pending = force || fullNext || periodic ? null : changes;
    // the page changed too: what changed may be the viewer's own markup, so the scan reads it again
    const onlyScrolled = scrolled && !force && !periodic && changes.regions.size === 0 && !changes.full;
    fullNext = false;
    scrolled = false;
    changes = noChanges();
    const band = new ScanWindow(screenBand(window.innerHeight));
    const how = page.update(document, location.href, pending, band, onlyScrolled);
    const took = performance.now() - started;
    lastScan = Date.now();
    gap = Math.min(MAX_GAP_MS, Math.max(SCAN_THROTTLE_MS, took / SCAN_SHARE));
    if (how === 'full') {
      lastFull = lastScan;
      fullEvery = Math.max(FULL_EVERY_MS, took / FULL_SHARE);
    }
    const wire = toWire(page.people);
    const diagnostic = diagnosticToWire(page.diagnostic);
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
    if (!collectChanges(records, changes, adapter, document.body)) return;
    schedule();
    requestPlacement(); // what the page changed may have moved the names the chips sit beside
  });
  observer.observe(document.documentElement, OBSERVED);
  ctx.onInvalidated(() => {
    observer.disconnect();
    nearScreen?.disconnect();
    removeAllChips();
  });
  // Chips are placed from the names' boxes (lib/sites/chips.ts): a list scrolled inside its own box
  // (capture: any element's scroll) or a resized window moves names, and so does what the page does
  // without a mutation (images, fonts, styles), which a placement every 1 - 8 s catches (PLACE_EVERY_MS).
  // A long page is read near the screen (lib/sites/shared/window.ts): scrolling brings other people
  // near, so the next scan reads the page where it now is.
  ctx.addEventListener(
    document,
    'scroll',
    (event) => {
      // the window's scroll moves no chip against its name, unless the name is fixed or sticky
      if (event.target !== document || chipsFollowWindowScroll()) requestPlacement();
      if (!page.windowed) return;
      fullNext = true;
      scrolled = true;
      schedule();
    },
    { capture: true, passive: true },
  );
  ctx.addEventListener(window, 'resize', requestPlacement, { passive: true });
  let placeWait = PLACE_EVERY_MS;
  const placeAgain = () => {
    ctx.setTimeout(() => {
      placeWait = takeChipsMoved() ? PLACE_EVERY_MS : Math.min(PLACE_MAX_MS, placeWait * 2);
      if (document.visibilityState === 'visible') requestPlacement(); // nothing when there are no chips
      placeAgain();
    }, placeWait);
  };
  placeAgain();
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    // the user moved to another thread or profile: answer now, whatever the last scan cost
    lastSent = '';
    lastScan = 0;
    fullNext = true;
    scrolled = false;
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
