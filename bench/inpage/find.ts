import { findOnPage } from '../../lib/sites/index';

/** Runs the product's finder on this page: `runs` samples of `batch` calls each (ms per call). */
function benchFind(url: string, runs: number, batch: number) {
  let count = 0;
  let keys: string[] = [];
  for (let i = 0; i < 3; i++) findOnPage(document, url); // warm up (JIT)
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    for (let b = 0; b < batch; b++) {
      const found = findOnPage(document, url);
      count = found.people.length;
      keys = found.people.slice(0, 3).flatMap((p) => p.identities);
    }
    times.push((performance.now() - t0) / batch);
  }
  return { times, count, keys, elements: document.getElementsByTagName('*').length };
}

(globalThis as unknown as { __kindredBenchFind: typeof benchFind }).__kindredBenchFind = benchFind;
