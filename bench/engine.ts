import type { Browser } from './browser';
import { DATASET, dataset } from './dataset';
import { below, type Figure, info, log, median, round } from './stats';

declare const __kb: {
  benchEngine(
    samples: number,
  ): Promise<Record<'recompute' | 'raw' | 'rawHistory' | 'pure' | 'logged' | 'stored', number[]>>;
  benchRecomputeAll(): Promise<{
    daily: number;
    playbookChange: number;
    count: number;
    dueWithin30: number[];
    idle: number[];
    during: number[];
  }>;
};

/**
 * The engine in Chromium, over the real IndexedDB of the extension's origin. Recompute one contact
 * as a logged call runs it: KindredService.logTouch stores the touch, extends the digest and
 * recomputes in one transaction (every single-contact write does the same: lib/db/recompute.ts);
 * the recompute's share is that minus the same call stored without the recompute
 * (lib/db/events.ts addTouch, the same code path up to the evaluation). For comparison, recompute
 * one contact in a transaction of its own (KindredService.recompute: read the contact and its digest, evaluate, store) against
 * the same reads and write done raw with no engine (the storage's floor; beside it the floor of
 * reading the five history ranges instead of the digest), and the recompute of
 * all 20,000 as the daily alarm runs it and as a playbook change runs it.
 */
/** A figure's baseline and ratio: the medians of two series measured side by side. */
const against = (value: number[], base: number[]) => ({
  baseline: round(median(base)),
  ratio: round(median(value) / median(base)),
});

export async function engineFigures(ext: Browser): Promise<Figure[]> {
  const data = await dataset(ext);
  const r = await data.page.evaluate((n) => __kb.benchEngine(n), 60);
  const all = await data.page.evaluate(() => __kb.benchRecomputeAll());
  const share = median(r.logged) - median(r.stored);
  log(
    `engine: logged call ${median(r.logged).toFixed(2)} ms, stored without the recompute ${median(r.stored).toFixed(2)} ms (recompute's share ${share.toFixed(2)} ms); recompute one in its own transaction: median ${median(r.recompute).toFixed(2)} ms (raw floor ${median(r.raw).toFixed(2)}, raw floor reading the history ranges ${median(r.rawHistory).toFixed(2)}, evaluate ${median(r.pure).toFixed(3)} ms); recomputeAll ${all.count}: daily ${Math.round(all.daily)} ms (Today meanwhile: median ${median(all.during).toFixed(1)}, slowest ${Math.max(...all.during).toFixed(1)} ms of ${all.during.length}; idle ${median(all.idle).toFixed(1)} ms), playbook change ${Math.round(all.playbookChange)} ms (due within 30 days ${all.dueWithin30.join(' -> ')})`,
  );
  const n = DATASET.contacts.toLocaleString('en');
  return [
    below(
      "engine: recompute one contact as a logged call runs it, in the call's own transaction (logged call minus the same call stored without the recompute)",
      share,
      'ms',
      2,
    ),
    info(
      'engine: a logged call, stored and recomputed (KindredService.logTouch, one transaction; baseline: stored without the recompute)',
      median(r.logged),
      'ms',
      against(r.logged, r.stored),
    ),
    info(
      'engine: recompute one contact in a transaction of its own, as only a merge still runs it, right after a stored call (~20 touches; contact + digest read, evaluate, store; baseline: the same requests raw)',
      median(r.recompute),
      'ms',
      against(r.recompute, r.raw),
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
      `engine: a Today request while the daily recompute runs (the same thread, asked every 50 ms; ${all.during.length} asked): the slowest answer (baseline: the median answer with nothing running)`,
      Math.max(...all.during),
      'ms',
      { baseline: round(median(all.idle)) },
    ),
    info('engine: a Today request while the daily recompute runs: the median answer', median(all.during), 'ms'),
    info(
      `engine: recompute of all ${n} after a playbook change (friends every 10 days)`,
      all.playbookChange / 1000,
      's',
    ),
  ];
}
