import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from './browser';
import { ROOT } from './browser';
import { bundle } from './bundle-code';
import { bigPage, SITE_PAGES, type SitePage, units } from './pages';
import { below, type Figure, info, log, median, slope } from './stats';

interface FindRun {
  times: number[];
  count: number;
  keys: string[];
  elements: number;
}

declare const __kindredBenchFind: (url: string, runs: number, batch: number) => FindRun;
declare const __kindredBenchFindAdded: (
  url: string,
  container: string,
  count: number,
  runs: number,
) => { times: number[]; how: string; people: number };

const GROW = 1000;
const STEPS = 3;

function fixtureUrl(html: string): string {
  return /https:\/\/[^\s|>]+/.exec(html)?.[0] ?? 'https://example.org/';
}

/**
 * The adapters' `find` in Chromium (not happy-dom): lib/sites findOnPage bundled with esbuild
 * and injected into the page; timed with performance.now over repeated calls, median of the runs.
 * Runs in the browser WITHOUT the extension, so no content script competes with it.
 */
export async function findFigures(plain: Browser, sites = SITE_PAGES): Promise<Figure[]> {
  const code = await bundle('bench/inpage/find.ts');
  const figures: Figure[] = [];
  for (const site of sites) figures.push(...(await findSite(plain, site, code)));
  return figures;
}

async function serve(plain: Browser, url: string, html: string, code: string) {
  const page = await plain.context.newPage();
  const bare = url.split('#')[0];
  await page.route(
    (u) => u.href.split('#')[0] === bare,
    (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
  await page.goto(url);
  await page.addScriptTag({ content: code });
  return page;
}

async function findSite(plain: Browser, site: SitePage, code: string): Promise<Figure[]> {
  const figures: Figure[] = [];
  // 1. the largest real fixture of the site, as captured
  const fixture = readFileSync(join(ROOT, 'tests/fixtures', site.fixture), 'utf8');
  const fixtureUrlText = fixtureUrl(fixture);
  let page = await serve(plain, fixtureUrlText, fixture, code);
  const small = await page.evaluate(([url]) => __kindredBenchFind(url!, 15, 20), [fixtureUrlText]);
  await page.close();
  figures.push(
    below(
      `find: ${site.site} largest fixture (${site.fixture.split('/')[1]}, ${small.count} people)`,
      median(small.times),
      'ms',
      5,
    ),
  );
  if (site.grows === false) return figures;
  // 2. the big page, grown by GROW units STEPS times: the slope is the cost of 1,000 more units
  page = await serve(plain, site.url, bigPage(site), code);
  const xs: number[] = [];
  const ys: number[] = [];
  const elements: number[] = [];
  const added: number[] = [];
  const paths = new Set<string>();
  let count = 0;
  for (let step = 0; step <= STEPS; step++) {
    if (step > 0) {
      const html = units(site, site.start + (step - 1) * GROW, GROW);
      await page.evaluate(
        ([sel, h]) => document.querySelector(sel!)!.insertAdjacentHTML('beforeend', h!),
        [site.container, html],
      );
    }
    if (step > 0) {
      const region = await page.evaluate(
        ([url, sel, n]) => __kindredBenchFindAdded(url!, sel!, Number(n), 5),
        [site.url, site.container, String(GROW)],
      );
      added.push(...region.times);
      paths.add(region.how);
    }
    const run = await page.evaluate(([url]) => __kindredBenchFind(url!, 9, 1), [site.url]);
    xs.push(site.start + step * GROW);
    ys.push(median(run.times));
    elements.push(run.elements);
    count = run.count;
  }
  await page.close();
  const perUnits = slope(xs, ys) * 1000;
  const perElements = slope(elements, ys) * 1000;
  const perAdded = median(added);
  log(
    `find ${site.site}: fixture ${median(small.times).toFixed(3)} ms (${small.count} people); big ${xs.join('/')} ${site.unit}s -> ${ys.map((y) => y.toFixed(2)).join('/')} ms, ${count} people at the end; elements ${elements.join('/')}; ${GROW} added ${site.unit}s read as regions: ${added.map((t) => t.toFixed(2)).join('/')} ms (path: ${[...paths].join(',')})`,
  );
  // the goal is on the region path; a run that fell back to full scans must not pass for it
  const regionsHeld = paths.size === 1 && paths.has('regions');
  const regionFigure = below(
    `find: ${site.site} per 1,000 added ${site.unit}s (region scan, cached viewer${regionsHeld ? '' : '; FELL BACK to full scans'})`,
    perAdded,
    'ms',
    2,
    regionsHeld ? {} : { met: false },
  );
  figures.push(
    info(`find: ${site.site} page of ${xs.at(-1)} ${site.unit}s (${count} people)`, ys.at(-1)!, 'ms'),
    regionFigure,
    info(`find: ${site.site} whole page, slope per 1,000 more ${site.unit}s`, Math.max(0, perUnits), 'ms'),
    info(`find: ${site.site} whole page, slope per 1,000 more DOM elements`, Math.max(0, perElements), 'ms'),
  );
  return figures;
}
