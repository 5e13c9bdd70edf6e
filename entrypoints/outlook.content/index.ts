import { outlookAdapter } from '@/lib/sites/outlook';
import { runSite } from '@/lib/sites/run-site';

export default defineContentScript({
  matches: ['https://outlook.live.com/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    runSite(outlookAdapter, ctx);
  },
});
