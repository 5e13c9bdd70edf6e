import { facebookAdapter } from '@/lib/sites/facebook';
import { runSite } from '@/lib/sites/run-site';

export default defineContentScript({
  matches: ['https://www.facebook.com/*', 'https://www.messenger.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    runSite(facebookAdapter, ctx);
  },
});
