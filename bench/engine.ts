import type { Browser } from './browser';
import { DATASET, dataset } from './dataset';
import { below, type Figure, info, log, median } from './stats';

declare const __kb: {
  benchEngine(
    samples: number,
  ): Promise<Record<'recompute' | 'pure' | 'readContact' | 'readHistory' | 'write', number[]>>;
  benchRecomputeAll(sample: number): Promise<{ ms: number; count: number }>;
};

/** Passed to the page for the call's shape: recomputeAll now runs over all 20,000 contacts. */
const ALL_SAMPLE = 1_000;

/**
 * The engine in Chromium, over the real IndexedDB of the extension's origin: recompute one
 * contact (KindredService.recompute: read the contact and its history, evaluate, store) and the
 * daily recompute of all 20,000 (KindredService.recomputeAll's loop over 1,000 of them, scaled).
 */
export async function engineFigures(ext: Browser): Promise<Figure[]> {
  const data = await dataset(ext);
  const r = await data.page.evaluate((n) => __kb.benchEngine(n), 60);
  const all = await data.page.evaluate((n) => __kb.benchRecomputeAll(n), ALL_SAMPLE);
  const allSeconds = ((all.ms / all.count) * DATASET.contacts) / 1000;
  log(
    `engine: recompute one median ${median(r.recompute).toFixed(2)} ms = contact ${median(r.readContact).toFixed(2)} + history ${median(r.readHistory).toFixed(2)} + evaluate ${median(r.pure).toFixed(3)} + write ${median(r.write).toFixed(2)} ms; recomputeAll ${all.count} in ${Math.round(all.ms)} ms`,
  );
  return [
    below('engine: recompute one contact (~20 touches; read, evaluate, store)', median(r.recompute), 'ms', 2),
    info('engine: of which evaluate (pure)', median(r.pure), 'ms'),
    info('engine: of which read the contact (db.contacts.get)', median(r.readContact), 'ms'),
    info('engine: of which read the history (historyOf, 5 index reads)', median(r.readHistory), 'ms'),
    info('engine: of which store the result (db.contacts.update)', median(r.write), 'ms'),
    below(
      `engine: recompute all ${DATASET.contacts.toLocaleString('en')} contacts (${DATASET.touches.toLocaleString('en')} touches; KindredService.recomputeAll, ${all.count.toLocaleString('en')} recomputed)`,
      allSeconds,
      's',
      10,
    ),
  ];
}
