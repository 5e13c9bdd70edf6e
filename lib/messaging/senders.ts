import { siteOfUrl } from '../sites/hosts';

/** The parts of `runtime.MessageSender` the checks need (plain data, so they are testable). */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
}

/**
 * Content messages are accepted only from our own extension's content scripts, running in a tab
 * of a supported site, or in a tab the user granted with a toolbar click (activeTab).
 */
export function isTrustedContentSender(
  sender: SenderInfo,
  extensionId: string,
  grantedTabs: ReadonlySet<number>,
): boolean {
  if (sender.id !== extensionId || !sender.tab || sender.tab.id === undefined) return false;
  const url = sender.url ?? sender.tab.url;
  if (siteOfUrl(url)) return true;
  return grantedTabs.has(sender.tab.id);
}

/** Panel messages come only from the extension's own pages (side panel, app page). */
export function isTrustedPanelSender(sender: SenderInfo, extensionId: string, extensionOrigin: string): boolean {
  if (sender.id !== extensionId || !sender.url) return false;
  try {
    return new URL(sender.url).origin === new URL(extensionOrigin).origin;
  } catch {
    return false;
  }
}
