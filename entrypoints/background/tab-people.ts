import { browser } from 'wxt/browser';
import type { PageState } from '@/lib/service/service';

/**
 * The people found on each tab, as the content script last reported them. Mirrored into
 * storage.session (memory only, never on disk) so a restarted service worker still knows them.
 */
export class TabPeople {
  private tabs = new Map<number, PageState>();
  private loaded: Promise<void>;

  constructor() {
    this.loaded = (async () => {
      try {
        const stored = (await browser.storage.session?.get('tabPeople'))?.tabPeople as
          | Record<string, PageState>
          | undefined;
        for (const [id, state] of Object.entries(stored ?? {})) this.tabs.set(Number(id), state);
      } catch {
        // storage.session is missing on old Firefox: memory alone is fine
      }
    })();
    browser.tabs.onRemoved.addListener((tabId) => this.delete(tabId));
  }

  async get(tabId: number): Promise<PageState | undefined> {
    await this.loaded;
    return this.tabs.get(tabId);
  }

  async set(tabId: number, state: PageState): Promise<void> {
    await this.loaded;
    this.tabs.set(tabId, state);
    this.persist();
  }

  delete(tabId: number): void {
    if (this.tabs.delete(tabId)) this.persist();
  }

  private persist(): void {
    void browser.storage.session?.set({ tabPeople: Object.fromEntries(this.tabs) }).catch(() => {});
  }
}
