import type { Browser } from './browser';
import { DATASET, dataset } from './dataset';
import { below, type Figure, info, log, median, round } from './stats';

declare const __kb: {
  benchEngine(samples: number): Promise<Record<'recompute' | 'raw' | 'rawHistory' | 'pure', number[]>>;
  benchRecomputeAll(): Promise<{ daily: number; playbookChange: number; count: number; dueWithin30: number[] }>;
};

/**
 * The engine in Chromium, over the real IndexedDB of the extension's origin: recompute one
 * contact (KindredService.recompute: read the contact and its digest, evaluate, store) against
 * the same reads and write done raw with no engine (the storage's floor; beside it the floor of
 * reading the five history ranges instead of the digest), and the recompute of
 * all 20,000 as the daily alarm runs it and as a playbook change runs it.
 */
export async function engineFigures(ext: Browser): Promise<Figure[]> {
  const data = await dataset(ext);
  const r = await data.page.evaluate((n) => __kb.benchEngine(n), 60);
  const all = await data.page.evaluate(() => __kb.benchRecomputeAll());
  log(
    `engine: recompute one median ${median(r.recompute).toFixed(2)} ms (raw floor ${median(r.raw).toFixed(2)}, raw floor reading the history ranges ${median(r.rawHistory).toFixed(2)}, evaluate ${median(r.pure).toFixed(3)} ms); recomputeAll ${all.count}: daily ${Math.round(all.daily)} ms, playbook change ${Math.round(all.playbookChange)} ms (due within 30 days ${all.dueWithin30.join(' -> ')})`,
  );
  const n = DATASET.contacts.toLocaleString('en');
  return [
    below(
      'engine: recompute one contact after a logged call (~20 touches; contact + digest read, evaluate, store)',
      median(r.recompute),
      'ms',
      2,
      {
        baseline: round(median(r.raw)),
        ratio: round(median(r.recompute) / median(r.raw)),
      },
    ),
    info('engine: of which evaluate (pure)', median(r.pure), 'ms'),
    info(
      'engine: raw floor of one recompute reading the five history ranges instead of the digest',
      median(r.rawHistory),
      'ms',
    ),
    below(
      `engine: daily recompute of all ${n} contacts (${DATASET.touches.toLocaleString('en')} touches; KindredService.recomputeAll, ${all.count.toLocaleString('en')} recomputed)`,
      all.daily / 1000,
      's',
      10,
    ),
    info(
      `engine: recompute of all ${n} after a playbook change (friends every 10 days)`,
      all.playbookChange / 1000,
      's',
    ),
  ];
}
