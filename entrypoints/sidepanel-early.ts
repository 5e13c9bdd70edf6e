import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { EARLY_TODAY } from '@/lib/messaging/early';

/**
 * The side panel's first request, sent by a tiny classic script in its <head>: a module script
 * runs only after its whole graph is fetched and evaluated (~80 ms of a panel's opening here),
 * and the background can read the Today lists meanwhile. App.tsx takes the answer over.
 */
export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[EARLY_TODAY] = browser.runtime.sendMessage({
    type: 'panel->bg:today',
    payload: {},
  });
});
