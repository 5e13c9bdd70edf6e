import type { Browser } from './browser';
import { dataset } from './dataset';
import { below, type Figure, info, log, median, sleep } from './stats';

declare const __kb: {
  benchSearch(queries: string[]): Promise<{ times: number[]; hits: number[] }>;
  benchPanelSearch(queries: string[]): Promise<{ times: number[]; hits: number[] }>;
};

const OPENS = 3;
/** Typed a letter at a time: names, a handle, an email, a tag, and a typo (which reaches Fuse). */
const WORDS = ['maria', 'tom bak', 'person42', 'd1234@ex', 'team', 'mraia'];
const KEYSTROKES = WORDS.flatMap((w) => Array.from({ length: w.length }, (_, i) => w.slice(0, i + 1)));

/** Records in the panel the moment the Today groups are on screen (the frame after they render). */
const PAINT_PROBE = `(() => {
  const seen = () => {
    if (!document.querySelector('#today-title') || !document.querySelector('section.group li')) return;
    observer.disconnect();
    requestAnimationFrame(() => { window.__todayPainted = performance.now(); });
  };
  const observer = new MutationObserver(seen);
  observer.observe(document, { childList: true, subtree: true });
})();`;

/**
 * The side panel opened on Today until its groups are painted (the real background answering
 * from the filled database), and the quick lookup per keystroke.
 */
export async function todayFigures(ext: Browser): Promise<Figure[]> {
  const data = await dataset(ext);
  const opens: number[] = [];
  let rows = 0;
  for (let i = 0; i < OPENS; i++) {
    const page = await ext.context.newPage();
    await page.addInitScript(PAINT_PROBE);
    await page.goto(`chrome-extension://${ext.extensionId}/sidepanel.html#today`);
    await page.waitForFunction(() => '__todayPainted' in window, undefined, { timeout: 60_000 });
    opens.push(await page.evaluate(() => (window as unknown as { __todayPainted: number }).__todayPainted));
    rows = await page.locator('section.group li').count();
    await page.close();
    await sleep(300);
  }
  log(`today: painted after ${opens.map((t) => Math.round(t)).join('/')} ms, ${rows} people listed`);

  // Search: the first keystroke after a write builds the index; then each keystroke.
  const panel = await data.page.evaluate((q) => __kb.benchPanelSearch(q), KEYSTROKES);
  const direct = await data.page.evaluate((q) => __kb.benchSearch(q), KEYSTROKES);
  const worst = KEYSTROKES[panel.times.slice(1).indexOf(Math.max(...panel.times.slice(1))) + 1];
  log(
    `search: panel round trip first ${panel.times[0]!.toFixed(1)} ms, then median ${median(panel.times.slice(1)).toFixed(1)} max ${Math.max(...panel.times.slice(1)).toFixed(1)} ms ("${worst}"); in-page service median ${median(direct.times.slice(1)).toFixed(1)} ms`,
  );
  return [
    below(`today: panel opened to the groups painted (${rows} people listed)`, median(opens), 'ms', 200),
    below('search: quick lookup per keystroke (panel round trip, median)', median(panel.times.slice(1)), 'ms', 50),
    below(`search: slowest keystroke ("${worst}", panel round trip)`, Math.max(...panel.times.slice(1)), 'ms', 50),
    below('search: first keystroke (builds the index over 20,000 contacts)', panel.times[0]!, 'ms', 50),
    info('search: KindredService.search in the page, per keystroke (median)', median(direct.times.slice(1)), 'ms'),
  ];
}
