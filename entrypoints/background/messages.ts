import { browser } from 'wxt/browser';
import {
  contentToBg,
  type Handlers,
  isTrustedContentSender,
  isTrustedPanelSender,
  panelToBg,
  route,
} from '@/lib/messaging';
import type { KindredService } from '@/lib/service/service';
import { siteOfUrl } from '@/lib/sites/hosts';
import { appHandlers } from './app-handlers';
import type { Badge } from './badge';
import type { Panel } from './panel';
import { scanActiveTab } from './scan-active-tab';
import type { TabPeople } from './tab-people';

interface Deps {
  service: KindredService;
  tabs: TabPeople;
  badge: Badge;
  panel: Panel;
}

type SenderCtx = { tabId?: number; windowId?: number; tabUrl?: string };

/** Tabs the user granted with a toolbar click (activeTab): their content may talk to us. */
export const grantedTabs = new Set<number>();

export function setupMessages({ service, tabs, badge, panel }: Deps): void {
  const content: Handlers<typeof contentToBg, SenderCtx> = {
    async 'content->bg:peopleFound'(payload, ctx) {
      const settings = await service.settings();
      // The tab's URL as the browser reports it, not what the page's script says it is.
      const site = siteOfUrl(ctx.tabUrl ?? payload.url);
      if (site && !settings.sites[site]) {
        tabs.delete(ctx.tabId!);
        return { marks: [], enabled: false }; // the user switched this site off: read nothing
      }
      const state = { url: ctx.tabUrl ?? payload.url, people: payload.people, diagnostic: payload.diagnostic };
      await tabs.set(ctx.tabId!, state);
      const marks = await service.marks(payload.people);
      await badge.showKnown(ctx.tabId!, marks.filter(Boolean).length);
      panel.notify({ type: 'bg->panel:changed', payload: { what: 'page', tabId: ctx.tabId } });
      return { marks: settings.stageChips ? marks : marks.map(() => null), enabled: true };
    },
    async 'content->bg:openContact'(payload, ctx) {
      await panel.open({ view: 'contact', contactId: payload.contactId }, ctx.tabId, ctx.windowId);
      return true;
    },
  };

  const refreshTab = async (tabId: number | undefined) => {
    if (tabId === undefined) return;
    await browser.tabs.sendMessage(tabId, { type: 'bg->content:rescan', payload: {} }).catch(() => {});
  };

  const panelHandlers: Handlers<typeof panelToBg, SenderCtx> = {
    async 'panel->bg:pagePeople'({ tabId }) {
      const id = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (id === undefined) return { tabId: null, people: [], url: null };
      const state = await tabs.get(id);
      return {
        tabId: id,
        url: state?.url ?? null,
        diagnostic: state?.diagnostic ?? null,
        people: await service.pagePeople(state),
      };
    },
    async 'panel->bg:scanActiveTab'({ tabId }) {
      const ok = await scanActiveTab(tabId);
      if (ok) grantedTabs.add(tabId);
      return ok;
    },
    'panel->bg:getContact': ({ id }) => service.contactView(id),
    // the write's change listener below redraws every tab's chips, this one's included
    'panel->bg:addContact': ({ contact }) => service.addContact(contact),
    'panel->bg:updateContact': ({ id, patch }) => service.updateContact(id, patch),
    'panel->bg:addIdentity': ({ id, key }) => service.addIdentity(id, key),
    'panel->bg:logTouch': (t) => service.logTouch(t as Parameters<KindredService['logTouch']>[0]),
    'panel->bg:deleteTouch': ({ id }) => service.deleteTouch(id),
    'panel->bg:logOrder': (o) => service.logOrder(o),
    'panel->bg:logWin': (w) => service.logWin(w),
    'panel->bg:logTeamCall': (c) => service.logTeamCall(c),
    'panel->bg:setSuggestion': (s) => service.setSuggestion(s),
    'panel->bg:today': () => service.todayLists(),
    'panel->bg:todayTotals': () => service.todayTotals(),
    'panel->bg:search': ({ query, limit }) => service.search(query, limit),
    'panel->bg:listContacts': () => service.listContacts(),
    'panel->bg:trash': ({ ids }) => service.trash(ids),
    'panel->bg:restore': ({ ids }) => service.restore(ids),
    'panel->bg:getSettings': () => service.settings(),
    async 'panel->bg:saveSettings'({ patch }) {
      const saved = await service.saveSettings(patch);
      panel.notify({ type: 'bg->panel:changed', payload: { what: 'settings' } });
      for (const tab of await browser.tabs.query({})) {
        if (tab.id !== undefined)
          await browser.tabs
            .sendMessage(tab.id, { type: 'bg->content:settings', payload: { stageChips: saved.stageChips } })
            .catch(() => {});
      }
      return saved;
    },
    async 'panel->bg:insertDraft'({ tabId, text }) {
      const reply = (await browser.tabs
        .sendMessage(tabId, { type: 'bg->content:insertDraft', payload: { text } })
        .catch(() => undefined)) as { ok: true; value: { inserted: boolean; hadBox: boolean } } | undefined;
      return reply?.value ?? { inserted: false, hadBox: false };
    },
    'panel->bg:seedDemo': () => service.seedDemo(),
    'panel->bg:demoCount': () => service.demoCount(),
    'panel->bg:removeDemo': () => service.removeDemo(),
    'panel->bg:listTemplates': () => service.templates(),
    'panel->bg:saveTemplate': ({ template }) => service.saveTemplate(template),
    'panel->bg:resetTemplate': ({ id }) => service.resetTemplate(id),
    'panel->bg:takePending': () => panel.takePending() ?? null,
    ...(appHandlers(service) as Handlers<typeof panelToBg, SenderCtx>),
  };

  // Every write changes what pages and panels show: tell the panels, redraw chips, reset the badge.
  service.onChanged(() => {
    panel.notify({ type: 'bg->panel:changed', payload: { what: 'data' } });
    void badge.refreshDue().catch(() => {});
    void (async () => {
      for (const tab of await browser.tabs.query({})) if (tab.id !== undefined) await refreshTab(tab.id);
    })();
  });

  const extensionOrigin = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const ctx: SenderCtx = { tabId: sender.tab?.id, windowId: sender.tab?.windowId, tabUrl: sender.tab?.url };
    const type = (message as { type?: unknown })?.type;
    const isContent = typeof type === 'string' && type.startsWith('content->bg:');
    const trusted = isContent
      ? isTrustedContentSender(sender, browser.runtime.id, grantedTabs)
      : isTrustedPanelSender(sender, browser.runtime.id, extensionOrigin);
    const run = isContent
      ? route(contentToBg, content, message, ctx, trusted)
      : route(panelToBg, panelHandlers, message, ctx, trusted);
    return run.then((outcome) => {
      if (outcome.rejected) {
        console.warn(`Kindred rejected a message: ${outcome.rejected}`);
        return { ok: false, error: `Kindred refused the request (${outcome.rejected})` };
      }
      return outcome.handled ? outcome.reply : undefined;
    });
  });

  browser.runtime.onMessageExternal?.addListener(() => {
    console.warn('Kindred rejected a message from another extension or page');
    return undefined;
  });

  void badge.refreshDue().catch(() => {});
}
