import { browser } from 'wxt/browser';
import { countLabel } from '@/lib/model/counts';
import type { KindredService } from '@/lib/service/service';

export interface Badge {
  /** Known people on a tab's page: shown on that tab's badge. */
  showKnown(tabId: number, known: number): Promise<void>;
  /** Overdue + due today: the badge of every tab that shows no known people. */
  refreshDue(): Promise<void>;
}

export function setupBadge(service: KindredService): Badge {
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  return {
    async showKnown(tabId, known) {
      if (known > 0) {
        await action.setBadgeBackgroundColor({ tabId, color: '#0f766e' });
        await action.setBadgeText({ tabId, text: String(known) });
        await action.setTitle({ tabId, title: `Kindred: ${known} of your people on this page` });
      } else {
        await action.setBadgeText({ tabId, text: null as unknown as string }); // fall back to the global badge
        await action.setTitle({ tabId, title: 'Kindred' });
      }
    },
    async refreshDue() {
      const due = await service.dueCount();
      await action.setBadgeBackgroundColor({ color: '#b45309' });
      await action.setBadgeText({ text: due > 0 ? countLabel(due) : '' });
      await action.setTitle({
        title: due > 0 ? `Kindred: ${countLabel(due)} touches due today or overdue` : 'Kindred',
      });
    },
  };
}
