/**
 * The sites Kindred serves. One list, used by the manifest (host permissions, content-script
 * matches) and by the background's sender check, so the two can never disagree.
 */
export const SITE_HOSTS = {
  gmail: ['mail.google.com'],
  outlook: ['outlook.live.com', 'outlook.office.com', 'outlook.office365.com'],
  facebook: ['www.facebook.com', 'www.messenger.com'],
  instagram: ['www.instagram.com'],
  linkedin: ['www.linkedin.com'],
  x: ['x.com', 'twitter.com'],
  whatsapp: ['web.whatsapp.com'],
} as const;

export type SiteId = keyof typeof SITE_HOSTS;

export const SUPPORTED_HOSTS: readonly string[] = Object.values(SITE_HOSTS).flat();

export const SUPPORTED_HOST_PATTERNS: string[] = SUPPORTED_HOSTS.map((h) => `https://${h}/*`);

/** The site a URL belongs to, or null when Kindred does not serve it. */
export function siteOfUrl(url: string | undefined): SiteId | null {
  if (!url) return null;
  let host: string;
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:') return null;
    host = u.hostname;
  } catch {
    return null;
  }
  for (const [site, hosts] of Object.entries(SITE_HOSTS) as [SiteId, readonly string[]][]) {
    if (hosts.includes(host)) return site;
  }
  return null;
}
