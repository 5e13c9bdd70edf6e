import { instagramAdapter } from '@/lib/sites/instagram';
import { runSite } from '@/lib/sites/run-site';

export default defineContentScript({
  matches: ['https://www.instagram.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    runSite(instagramAdapter, ctx);
  },
});
