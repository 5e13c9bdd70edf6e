import type { Page } from 'playwright-core';
import type { Browser } from './browser';
import { openExtPage } from './extpage';
import { personKeys } from './pages';
import { log } from './stats';

export const DATASET = { contacts: 20_000, touches: 400_000 };

export interface Dataset {
  page: Page;
  fillMs: number;
  due: number;
}

declare const __kb: {
  fillDataset(contacts: number, touches: number, keys: string[][]): Promise<{ fillMs: number; due: number }>;
};

let filled: Dataset | null = null;

/**
 * 20,000 contacts and 400,000 touches in the extension's database `kindred`, with the engine's
 * stored fields (nextTouchAt, risk) computed by the product's evaluate. Contact j holds the keys of page person 3j, so
 * the big pages of bench/pages.ts show known people (a third of them) with stage chips.
 */
export async function dataset(ext: Browser): Promise<Dataset> {
  if (filled) return filled;
  const page = await openExtPage(ext);
  const keys = Array.from({ length: DATASET.contacts }, (_, j) => personKeys(3 * j));
  const r = await page.evaluate(([c, t, k]) => __kb.fillDataset(c as number, t as number, k as string[][]), [
    DATASET.contacts,
    DATASET.touches,
    keys,
  ] as const);
  log(
    `dataset: ${DATASET.contacts} contacts + ${DATASET.touches} touches written in ${Math.round(r.fillMs)} ms (engine fields by evaluate in memory); ${r.due} due within 7 days`,
  );
  // storage work left from writing 420,000 rows is over before anything is measured (bench/browser.ts)
  log(`dataset: the storage settled ${Math.round((await ext.settle()) / 1000)} s after the fill`);
  filled = { page, ...r };
  return filled;
}
