import type { CDPSession, Page } from 'playwright-core';
import type { Browser } from './browser';
import { bigPage, pageFor, type SitePage, units } from './pages';
import { type Figure, info, log, median, ratioBelow, sleep } from './stats';

export const COST_SITES = ['gmail', 'x', 'whatsapp', 'facebook', 'linkedin'];
const GROW = 1000;
const STEPS = 3;
/** Five alternating pairs: the same page without the extension varied by 1.4x between runs here. */
const RUNS = 5;
/** Long enough for the content script's scan: 400 ms throttle, an idle callback, the answer, chips. */
const SETTLE_MS = 1200;

export interface CostSample {
  task: number;
  script: number;
  heap: number;
  chips: number;
}

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/**
 * Loads the big page of a site, grows it by 1,000 units STEPS times (appended in the page, then
 * idle), and reads the renderer's TaskDuration / ScriptDuration (CDP Performance.getMetrics,
 * counted from before the navigation) and, after a forced GC, JSHeapUsedSize.
 */
export async function loadAndGrow(browser: Browser, site: SitePage): Promise<CostSample> {
  const page: Page = await browser.context.newPage();
  const bare = site.url.split('#')[0];
  await page.route(
    (u) => u.href.split('#')[0] === bare,
    (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: bigPage(site) }),
  );
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const before = await metrics(cdp);
  await page.goto(site.url);
  await sleep(SETTLE_MS + 300);
  for (let step = 0; step < STEPS; step++) {
    const html = units(site, site.start + step * GROW, GROW);
    await page.evaluate(
      ([sel, h]) => document.querySelector(sel!)!.insertAdjacentHTML('beforeend', h!),
      [site.container, html],
    );
    await sleep(SETTLE_MS);
  }
  const after = await metrics(cdp);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await metrics(cdp)).JSHeapUsedSize ?? 0;
  // stage chips drawn by Kindred (closed shadow roots on host elements it inserts)
  const chips = await page.evaluate(() => document.querySelectorAll('kindred-chip').length);
  await page.close();
  return {
    task: ((after.TaskDuration ?? 0) - (before.TaskDuration ?? 0)) * 1000,
    script: ((after.ScriptDuration ?? 0) - (before.ScriptDuration ?? 0)) * 1000,
    heap,
    chips,
  };
}

/** The same page with the extension and without it (a second browser), alternating, medians. */
export async function compare(ext: Browser, plain: Browser, site: SitePage, runs = RUNS) {
  const withExt: CostSample[] = [];
  const without: CostSample[] = [];
  for (let r = 0; r < runs; r++) {
    withExt.push(await loadAndGrow(ext, site));
    without.push(await loadAndGrow(plain, site));
  }
  return { withExt, without };
}

export async function pageCostFigures(ext: Browser, plain: Browser, sites = COST_SITES): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const id of sites) {
    const site = pageFor(id);
    const { withExt, without } = await compare(ext, plain, site);
    const task = median(withExt.map((s) => s.task));
    const taskBase = median(without.map((s) => s.task));
    const script = median(withExt.map((s) => s.script));
    const scriptBase = median(without.map((s) => s.script));
    const size = `${site.start} ${site.unit}s + ${STEPS} x ${GROW}`;
    log(
      `page cost ${id}: task ${withExt.map((s) => Math.round(s.task)).join('/')} vs ${without.map((s) => Math.round(s.task)).join('/')} ms; script ${withExt.map((s) => Math.round(s.script)).join('/')} vs ${without.map((s) => Math.round(s.script)).join('/')} ms; chips ${withExt[0]?.chips}`,
    );
    figures.push(ratioBelow(`page cost: ${id} ${size}, TaskDuration with / without`, task, taskBase, 'ms', 1.05), {
      ...info(`page cost: ${id}, ScriptDuration with (baseline: without)`, script, 'ms'),
      baseline: Math.round(scriptBase),
      // the generated pages run no script of their own: no ratio against 0
      ...(scriptBase > 0 ? { ratio: Math.round((script / scriptBase) * 100) / 100 } : {}),
    });
  }
  return figures;
}
