import { cpSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { type Browser, EXTENSION_DIR, launch } from './browser';
import { dataset } from './dataset';
import { bigPage, pageFor, type SitePage, units } from './pages';
import { type Figure, info, log, median, ratioBelow, round, sleep } from './stats';

export const COST_SITES = ['gmail', 'x', 'whatsapp', 'facebook', 'linkedin'];
const GROW = 1000;
const STEPS = 3;
/**
 * Pairs per site. Each pair loads the page with and without the extension at the same time, both
 * browsers pinned to the same CPU. This machine's speed swings within seconds (the same CPU-bound
 * loop took 93 - 604 ms from one second to the next in node, 2026-11-23), and a page's task time
 * with it: loaded one after the other, the same page without the extension in two browsers gave
 * ratios of 0.71 - 1.18; loaded together on one CPU, 0.96 - 1.05. The A/A figure below measures
 * that noise in every run.
 */
const RUNS = 7;
/** At least this long for the content script's scan (400 ms throttle, an idle callback, the answer, chips), then until the page is quiet. */
const SETTLE_MS = 1200;
const QUIET_MS = 300;
/** Task time under this in QUIET_MS: the page is idle (a scan of the big pages takes 5 - 60 ms). */
const QUIET_TASK_MS = 3;

export interface CostSample {
  task: number;
  /** The task time up to the end of the growth, before the scrolls (the figure of runs before 2026-11-23 22:20). */
  grown: number;
  script: number;
  heap: number;
  chips: number;
}

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/**
 * Waits SETTLE_MS, then until the renderer's task time stops growing: two pages share one CPU, so
 * the content script's idle-time scan may come later than on an idle machine, and the figure
 * must count it.
 */
async function settle(cdp: CDPSession): Promise<void> {
  await sleep(SETTLE_MS);
  let last = (await metrics(cdp)).TaskDuration ?? 0;
  for (let quiet = 0; quiet < 2; ) {
    await sleep(QUIET_MS);
    const now = (await metrics(cdp)).TaskDuration ?? 0;
    quiet = (now - last) * 1000 < QUIET_TASK_MS ? quiet + 1 : 0;
    last = now;
  }
}

/**
 * Where the page is scrolled after its growth, as shares of its height: the middle, then the end.
 * A long page is read near the screen (lib/sites/shared/window.ts), so scrolling costs Kindred a
 * scan and the chips of the people who come into view; the figure counts it.
 */
const SCROLLS = [0.5, 1];

/**
 * Loads the big page of a site, grows it by 1,000 units STEPS times (appended in the page, then
 * idle), scrolls it (SCROLLS, idle after each), and reads the renderer's TaskDuration /
 * ScriptDuration (CDP Performance.getMetrics, counted from before the navigation) and, after a
 * forced GC, JSHeapUsedSize.
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
  await settle(cdp);
  for (let step = 0; step < STEPS; step++) {
    const html = units(site, site.start + step * GROW, GROW);
    await page.evaluate(
      ([sel, h]) => document.querySelector(sel!)!.insertAdjacentHTML('beforeend', h!),
      [site.container, html],
    );
    await settle(cdp);
  }
  const grown = await metrics(cdp);
  for (const share of SCROLLS) {
    await page.evaluate((at) => window.scrollTo(0, document.documentElement.scrollHeight * at), share);
    await settle(cdp);
  }
  const after = await metrics(cdp);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await metrics(cdp)).JSHeapUsedSize ?? 0;
  // stage chips drawn by Kindred (closed shadow roots on host elements it inserts)
  const chips = await page.evaluate(
    // shown ones: a chip whose person left is kept hidden for the next (lib/sites/chips.ts)
    () =>
      [...document.querySelectorAll('kindred-chip')].filter((c) => getComputedStyle(c).visibility !== 'hidden').length,
  );
  await page.close();
  return {
    task: ((after.TaskDuration ?? 0) - (before.TaskDuration ?? 0)) * 1000,
    grown: ((grown.TaskDuration ?? 0) - (before.TaskDuration ?? 0)) * 1000,
    script: ((after.ScriptDuration ?? 0) - (before.ScriptDuration ?? 0)) * 1000,
    heap,
    chips,
  };
}

/** The last CPU: the bench's own node process keeps the others. */
const PAGE_CPU = String(cpus().length - 1);
const ALL_CPUS = `0-${cpus().length - 1}`;

/**
 * The same page with the extension and without it (a second browser), `runs` pairs, each pair
 * loaded at the same time with both browsers pinned to one CPU (see RUNS).
 */
export async function compare(ext: Browser, plain: Browser, site: SitePage, runs = RUNS) {
  const withExt: CostSample[] = [];
  const without: CostSample[] = [];
  ext.pin(PAGE_CPU);
  plain.pin(PAGE_CPU);
  try {
    for (let r = 0; r < runs; r++) {
      const [a, b] = await Promise.all([loadAndGrow(ext, site), loadAndGrow(plain, site)]);
      withExt.push(a);
      without.push(b);
    }
  } finally {
    ext.pin(ALL_CPUS);
    plain.pin(ALL_CPUS);
  }
  return { withExt, without };
}

/** Each pair's ratio: both pages of a pair saw the same moments of the machine. */
const pairRatios = (a: CostSample[], b: CostSample[], what: 'task' | 'grown' = 'task') =>
  a.map((s, i) => s[what] / b[i]![what]);

export async function pageCostFigures(ext: Browser, plain: Browser, sites = COST_SITES): Promise<Figure[]> {
  // the data set, so known people get stage chips, as in a full run (also when run alone: --only page-cost)
  await dataset(ext);
  const figures: Figure[] = [];
  for (const id of sites) {
    const site = pageFor(id);
    const { withExt, without } = await compare(ext, plain, site);
    const ratios = pairRatios(withExt, without);
    const grownRatios = pairRatios(withExt, without, 'grown');
    const ratio = median(ratios);
    const task = median(withExt.map((s) => s.task));
    const script = median(withExt.map((s) => s.script));
    const scriptBase = median(without.map((s) => s.script));
    const size = `${site.start} ${site.unit}s + ${STEPS} x ${GROW}, scrolled to the middle and the end`;
    log(
      `page cost ${id}: task ${withExt.map((s) => Math.round(s.task)).join('/')} vs ${without.map((s) => Math.round(s.task)).join('/')} ms (pairs ${ratios.map((r) => r.toFixed(3)).join('/')}; before the scrolls ${grownRatios.map((r) => r.toFixed(3)).join('/')}); script ${withExt.map((s) => Math.round(s.script)).join('/')} ms; chips ${withExt[0]?.chips}`,
    );
    // value and baseline: the medians of each side; ratio and goal: the median of the pairs' ratios
    figures.push(
      {
        ...ratioBelow(
          `page cost: ${id} ${size}, TaskDuration with / without (median of ${RUNS} pairs)`,
          ratio,
          1,
          'ratio',
          1.05,
        ),
        value: round(task),
        unit: 'ms',
        baseline: round(median(without.map((s) => s.task))),
      },
      info(
        `page cost: ${id}, loading and growing only (before the scrolls: the figure of runs before 2026-11-23 22:20), TaskDuration with / without (median of ${RUNS} pairs)`,
        median(grownRatios),
        'ratio',
      ),
      {
        ...info(`page cost: ${id}, ScriptDuration with (baseline: without)`, script, 'ms'),
        baseline: Math.round(scriptBase),
        // the generated pages run no script of their own: no ratio against 0
        ...(scriptBase > 0 ? { ratio: Math.round((script / scriptBase) * 100) / 100 } : {}),
      },
    );
  }
  const first = pageFor(sites[0] ?? 'gmail');
  figures.push(
    await twinFigure(plain, first, () => launch(false), "the method's noise: without / without in two browsers"),
    await twinFigure(
      plain,
      first,
      () => launch(true, idleBuild()),
      'the extension with its content scripts emptied / without (what any extension costs the page, with the noise)',
    ),
  );
  return figures;
}

/**
 * The built extension with every content script replaced by an empty function: the same
 * manifest, background and matches, so a page pays for the extension being there (its isolated
 * world, the browser's extension machinery) but not for anything Kindred does in it.
 */
function idleBuild(): string {
  const dir = `${EXTENSION_DIR}-idle-pages`;
  rmSync(dir, { recursive: true, force: true });
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const scripts = join(dir, 'content-scripts');
  for (const file of readdirSync(scripts))
    if (file.endsWith('.js')) writeFileSync(join(scripts, file), '(function(){})();\n');
  return dir;
}

/**
 * The same page in a second browser (`start`) against the browser without the extension, measured
 * exactly as above. Without / without is the method's own error on this machine at this hour; the
 * emptied extension is what the site figures above would show if Kindred did nothing at all.
 * Read the figures above with both.
 */
async function twinFigure(
  plain: Browser,
  site: SitePage,
  start: () => Promise<Browser>,
  what: string,
): Promise<Figure> {
  const twin = await start();
  try {
    const { withExt: a, without: b } = await compare(twin, plain, site);
    const ratios = pairRatios(a, b);
    log(`page cost ${site.site}, ${what}: pairs ${ratios.map((r) => r.toFixed(3)).join('/')}`);
    return info(
      `page cost: ${site.site}, ${what} (median of ${RUNS} pairs; spread ${round(Math.min(...ratios))} - ${round(Math.max(...ratios))})`,
      median(ratios),
      'ratio',
    );
  } finally {
    await twin.close();
  }
}
