import { browser } from 'wxt/browser';

/** The part of Chrome's sidePanel API we use (Firefox has sidebarAction instead). */
interface ChromeSidePanel {
  setPanelBehavior(b: { openPanelOnActionClick: boolean }): Promise<void>;
  open(o: { tabId?: number; windowId?: number }): Promise<void>;
}

export type PanelView = { view: 'page' | 'today' | 'search' | 'settings' | 'contact'; contactId?: string };

export interface Panel {
  /** Opens the side panel (must run in a user gesture) and shows a view in it. */
  open(view: PanelView, tabId?: number, windowId?: number): Promise<void>;
  /** Broadcast to open panels. */
  notify(message: unknown): void;
  /** The view asked for before the panel was open; the panel takes it when it starts. */
  takePending(): PanelView | undefined;
}

/**
 * Chrome: the toolbar icon opens the side panel. Firefox: it toggles the sidebar.
 */
export function setupPanel(): Panel {
  const chromePanel = (globalThis as unknown as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
  const firefoxSidebar = (browser as unknown as { sidebarAction?: { open(): Promise<void>; toggle(): Promise<void> } })
    .sidebarAction;
  let pending: PanelView | undefined;

  if (chromePanel) {
    void chromePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => {});
  } else if (firefoxSidebar) {
    (
      browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction
    ).onClicked.addListener(() => {
      void firefoxSidebar.toggle();
    });
  }

  const notify = (message: unknown) => {
    void browser.runtime.sendMessage(message).catch(() => {}); // no panel open: nobody to tell
  };

  return {
    notify,
    takePending() {
      const view = pending;
      pending = undefined;
      return view;
    },
    async open(view, tabId, windowId) {
      pending = view;
      try {
        if (chromePanel) {
          if (tabId !== undefined) await chromePanel.open({ tabId });
          else if (windowId !== undefined) await chromePanel.open({ windowId });
        } else if (firefoxSidebar) await firefoxSidebar.open();
      } catch {
        // no user gesture: the view waits in `pending` for the next time the panel opens
      }
      notify({ type: 'bg->panel:show', payload: view });
    },
  };
}
