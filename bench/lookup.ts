import type { Browser } from './browser';
import { openExtPage } from './extpage';
import { type Figure, info, log, median, ratioBelow, round } from './stats';

declare const __kb: {
  fillLookup(db: string, n: number): Promise<{ ms: number; count: number }>;
  benchLookup(
    db: string,
    n: number,
    runs: number,
  ): Promise<{
    raw: number[];
    cold: number[];
    warm: number[];
    rawNext: number[];
    anyOf: number[];
    idsOnly: number[];
    bulkGet: number[];
    hits: number;
  }>;
  deleteDb(name: string): Promise<void>;
};

const CONTACTS = 100_000;
const RUNS = 25;
const DB = 'kindred-bench-lookup';

/**
 * 200 page identities among 100,000 contacts, in the extension's origin (an extension page and
 * a database of the product's schema beside `kindred`, so the background's data stays as it is).
 */
export async function lookupFigures(ext: Browser): Promise<Figure[]> {
  const page = await openExtPage(ext);
  const fill = await page.evaluate(([db, n]) => __kb.fillLookup(db as string, n as number), [DB, CONTACTS]);
  log(`lookup: ${fill.count} contacts written in ${Math.round(fill.ms)} ms`);
  const r = await page.evaluate(
    ([db, n, runs]) => __kb.benchLookup(db as string, n as number, runs as number),
    [DB, CONTACTS, RUNS],
  );
  await page.evaluate((db) => __kb.deleteDb(db), DB);
  await page.close();
  const raw = median(r.raw);
  const rawNext = median(r.rawNext);
  log(
    `lookup: raw ${raw.toFixed(2)} cold ${median(r.cold).toFixed(2)} warm ${median(r.warm).toFixed(2)} (raw of those ${rawNext.toFixed(2)}) anyOf ${median(r.anyOf).toFixed(2)} ms; ${r.hits} of 200 known`,
  );
  return [
    info('lookup: raw IndexedDB index.get loop, 200 keys in 100,000 contacts', raw, 'ms'),
    ratioBelow('lookup: LookupCache cold, 200 keys (vs raw)', median(r.cold), raw, 'ms', 1.2),
    ratioBelow(
      'lookup: LookupCache warm, next 200 keys: 180 seen + 20 new (vs raw)',
      median(r.warm),
      rawNext,
      'ms',
      0.5,
    ),
    {
      ...info('lookup: Dexie anyOf, 200 keys (reference, vs raw)', median(r.anyOf), 'ms'),
      baseline: round(raw),
      ratio: round(median(r.anyOf) / raw),
    },
    info('lookup: cold split, contactIdsByKeys alone (raw gets)', median(r.idsOnly), 'ms'),
    info('lookup: cold split, the bulkGet of the found rows after it', median(r.bulkGet), 'ms'),
    info('lookup: setup, bulkAdd of 100,000 contacts', fill.ms / 1000, 's'),
  ];
}
