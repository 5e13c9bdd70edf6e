import { linkedinAdapter } from '@/lib/sites/linkedin';
import { runSite } from '@/lib/sites/run-site';

export default defineContentScript({
  matches: ['https://www.linkedin.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    runSite(linkedinAdapter, ctx);
  },
});
