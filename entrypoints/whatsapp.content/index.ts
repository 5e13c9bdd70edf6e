import { whatsappAdapter } from '@/lib/sites/whatsapp';
import { runSite } from '@/lib/sites/run-site';

export default defineContentScript({
  matches: ['https://web.whatsapp.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    runSite(whatsappAdapter, ctx);
  },
});
