import { collectChanges, noChanges, OBSERVED } from '../../lib/sites/changes';
import { adapterFor, findOnPage } from '../../lib/sites/index';
import { PagePeople } from '../../lib/sites/page-people';

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

/**
 * What the content script does when the page adds the last `count` units of `container`: they
 * are taken out, the page is scanned in full (the state before they came, not timed), put back in
 * one insertion, and the observer's records are turned into regions and read (timed:
 * collectChanges + PagePeople.update, i.e. the adapter's findIn over the new units given the cached
 * viewer, and the merge into the people already known). `how` says whether the region path held.
 */
function benchFindAdded(url: string, container: string, count: number, runs: number) {
  const adapter = adapterFor(url);
  const box = document.querySelector(container)!;
  const units = [...box.children].slice(-count);
  const times: number[] = [];
  let how = '';
  let people = 0;
  for (let r = 0; r < runs + 2; r++) {
    for (const unit of units) unit.remove();
    const page = new PagePeople(adapter);
    page.update(document, url, null);
    const observer = new MutationObserver(() => {});
    observer.observe(document.documentElement, OBSERVED);
    const fragment = document.createDocumentFragment();
    fragment.append(...units);
    box.append(fragment);
    const t0 = performance.now();
    const changes = noChanges();
    collectChanges(observer.takeRecords(), changes, adapter, document.body);
    how = page.update(document, url, changes);
    const took = performance.now() - t0;
    observer.disconnect();
    if (r >= 2) times.push(took); // the first two warm the JIT
    people = page.people.length;
  }
  return { times, how, people };
}

const g = globalThis as unknown as {
  __kindredBenchFind: typeof benchFind;
  __kindredBenchFindAdded: typeof benchFindAdded;
};
g.__kindredBenchFind = benchFind;
g.__kindredBenchFindAdded = benchFindAdded;
