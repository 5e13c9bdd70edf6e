import { xAdapter } from '@/lib/sites/x';
import { runSite } from '@/lib/sites/run-site';

export default defineContentScript({
  matches: ['https://x.com/*', 'https://twitter.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    runSite(xAdapter, ctx);
  },
});
