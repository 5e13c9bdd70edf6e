import { genericAdapter } from '@/lib/sites/generic';
import { runSite } from '@/lib/sites/run-site';

/**
 * Injected only on a user's toolbar click (activeTab) into a page of a site Kindred does not
 * serve: finds mailto/tel links, h-cards and links to profiles on the supported sites.
 */
export default defineContentScript({
  registration: 'runtime',
  main(ctx) {
    // Injected again on a second click: one runner per page is enough.
    const flag = '__kindredGeneric';
    if ((window as unknown as Record<string, boolean>)[flag]) return;
    (window as unknown as Record<string, boolean>)[flag] = true;
    runSite(genericAdapter, ctx);
  },
});
