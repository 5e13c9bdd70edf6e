import { gmailAdapter } from '@/lib/sites/gmail';
import { runSite } from '@/lib/sites/run-site';

export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    runSite(gmailAdapter, ctx);
  },
});
