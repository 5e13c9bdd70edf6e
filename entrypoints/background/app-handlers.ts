import type { appToBg } from '@/lib/messaging/app-protocol';
import type { Handlers } from '@/lib/messaging/router';
import type { KindredService } from '@/lib/service/service';

/** Handlers of the app page's messages (lib/messaging/app-protocol.ts). */
export function appHandlers(_service: KindredService): Handlers<typeof appToBg, unknown> {
  return {
    'app->bg:ping': () => true,
  };
}
