import { browser } from 'wxt/browser';

/**
 * "What is on this page?" for a site Kindred does not serve: after the user clicked the toolbar
 * icon (activeTab), inject the generic finder (mailto/tel links, h-cards, profile links).
 */
export async function scanActiveTab(tabId: number): Promise<boolean> {
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/generic.js'] });
    return true;
  } catch {
    return false; // no activeTab grant for this tab (the user has not clicked the icon here)
  }
}
