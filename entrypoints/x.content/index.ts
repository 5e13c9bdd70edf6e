import { runSite } from '@/lib/sites/run-site';
import { xAdapter } from '@/lib/sites/x';

export default defineContentScript({
  matches: ['https://x.com/*', 'https://twitter.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    runSite(xAdapter, ctx);
  },
});
