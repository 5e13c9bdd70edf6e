import { browser } from 'wxt/browser';
import { getDb } from '@/lib/db/db';
import { KindredService } from '@/lib/service/service';
import { setupAlarms } from './alarms';
import { setupAutoBackup } from './auto-backup';
import { setupBadge } from './badge';
import { setupMessages } from './messages';
import { setupPanel } from './panel';
import { TabPeople } from './tab-people';

/**
 * The background: the only door to the data. It wires the service (lib/service) to messages,
 * the toolbar badge, the side panel and alarms, and holds no logic of its own.
 */
export default defineBackground(() => {
  const service = new KindredService(getDb());
  const tabs = new TabPeople();
  const badge = setupBadge(service);
  const panel = setupPanel();
  setupMessages({ service, tabs, badge, panel });
  setupAlarms(service, panel);
  setupAutoBackup(service);
  // The quick-lookup shortcut is a user gesture, so the side panel may open on it.
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command === 'quick-lookup') void panel.open({ view: 'search' }, tab?.id, tab?.windowId);
  });
  void navigator.storage?.persist?.().catch(() => false); // ask once: our data must not be evicted
});
