import type { Browser } from './browser';
import { DATASET, dataset } from './dataset';
import { below, type Figure, info, log, median } from './stats';

declare const __kb: { benchEngine(samples: number): Promise<{ recompute: number[]; pure: number[] }> };

/**
 * The engine in Chromium, over the real IndexedDB of the extension's origin: recompute one
 * contact (KindredService.recompute: read the contact and its history, evaluate, store) and the
 * daily recompute of all 20,000 (KindredService.recomputeAll, run once while the data set is made).
 */
export async function engineFigures(ext: Browser): Promise<Figure[]> {
  const data = await dataset(ext);
  const r = await data.page.evaluate((n) => __kb.benchEngine(n), 60);
  log(`engine: recompute one median ${median(r.recompute).toFixed(2)} ms, evaluate alone ${median(r.pure).toFixed(3)} ms`);
  return [
    below('engine: recompute one contact (~20 touches; read, evaluate, store)', median(r.recompute), 'ms', 2),
    info('engine: evaluate alone (pure, one contact)', median(r.pure), 'ms'),
    below(
      `engine: recompute all ${DATASET.contacts.toLocaleString('en')} contacts (${DATASET.touches.toLocaleString('en')} touches)`,
      data.recomputeAllMs / 1000,
      's',
      10,
    ),
  ];
}
