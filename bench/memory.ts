import type { Browser } from './browser';
import { compare } from './page-cost';
import { pageFor } from './pages';
import { type Figure, info, log, median } from './stats';

/**
 * The content script's JS heap on the largest page (Gmail, 6,000 rows after growing): the page's
 * JSHeapUsedSize after a forced GC with the extension minus without it. The content script's
 * isolated world lives in the page's V8 isolate, so the difference is what Kindred keeps there.
 */
export async function memoryFigures(ext: Browser, plain: Browser): Promise<Figure[]> {
  const site = pageFor('gmail');
  const { withExt, without } = await compare(ext, plain, site, 3);
  const a = median(withExt.map((s) => s.heap)) / 1024 / 1024;
  const b = median(without.map((s) => s.heap)) / 1024 / 1024;
  log(`memory: gmail heap ${a.toFixed(2)} MB with, ${b.toFixed(2)} MB without`);
  return [
    {
      ...info('memory: content script heap on Gmail 6,000 rows (with - without)', a - b, 'MB'),
      baseline: Math.round(b * 100) / 100,
    },
  ];
}
