import { runSite } from '@/lib/sites/run-site';
import { whatsappAdapter } from '@/lib/sites/whatsapp';

export default defineContentScript({
  matches: ['https://web.whatsapp.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    runSite(whatsappAdapter, ctx);
  },
});
