import { browser } from 'wxt/browser';
import type { KindredService } from '@/lib/service/service';
import { nextNotifyAt, summariseToday } from './notify-text';
import type { Panel } from './panel';

const DAILY = 'kindred:daily';
const NOTIFY = 'kindred:notify';

/**
 * A daily recompute (dates move even when nothing is written) and one notification a day at the
 * time the user picked. A contact crossing the risk threshold raises its own notification once.
 */
export function setupAlarms(service: KindredService, panel: Panel): void {
  const schedule = async () => {
    const settings = await service.settings();
    // Dates move at midnight; writes recompute their own contact at once. So the recompute of
    // everyone runs just after the user's midnight, not right after an install or a restart.
    if (!(await browser.alarms.get(DAILY))) {
      await browser.alarms.create(DAILY, { periodInMinutes: 24 * 60, when: nextNotifyAt('00:05', Date.now()) });
    }
    await browser.alarms.create(NOTIFY, { when: nextNotifyAt(settings.notifyAt, Date.now()) });
  };
  browser.runtime.onInstalled.addListener(() => void schedule());
  browser.runtime.onStartup.addListener(() => void schedule());

  browser.alarms.onAlarm.addListener(async (alarm) => {
    if (alarm.name === DAILY) await service.recomputeAll();
    if (alarm.name === NOTIFY) {
      const settings = await service.settings();
      await browser.alarms.create(NOTIFY, { when: nextNotifyAt(settings.notifyAt, Date.now() + 60_000) });
      if (!settings.notifications) return;
      const view = await service.todayView();
      const text = summariseToday(view);
      if (text)
        await browser.notifications.create('kindred:today', {
          type: 'basic',
          iconUrl: '/icon/128.png',
          title: text.title,
          message: text.message,
        });
    }
  });

  service.onChanged((changed) => {
    void (async () => {
      const settings = await service.settings();
      if (!settings.notifications) return;
      for (const c of changed.filter((x) => x.crossedRisk)) {
        await browser.notifications.create(`kindred:risk:${c.id}`, {
          type: 'basic',
          iconUrl: '/icon/128.png',
          title: `${c.name} may be drifting away`,
          message: c.reasons.slice(0, 3).join(' · ') || 'Their at-risk score crossed your threshold.',
        });
      }
    })();
  });

  browser.notifications?.onClicked.addListener((id) => {
    if (id === 'kindred:today') void panel.open({ view: 'today' });
    else if (id.startsWith('kindred:risk:'))
      void panel.open({ view: 'contact', contactId: id.slice('kindred:risk:'.length) });
    void browser.notifications.clear(id);
  });
}
