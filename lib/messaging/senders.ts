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
    // Scheme and host, not `URL.origin`: by the URL standard a non-special scheme
    // (chrome-extension:, moz-extension:) has an opaque origin serialised as "null", so two
    // different extensions' pages, or a data: frame, would all compare equal.
    const from = new URL(sender.url);
    const own = new URL(extensionOrigin);
    return own.host !== '' && from.protocol === own.protocol && from.host === own.host;
  } catch {
    return false;
  }
}
