/**
 * The dependency-free part of identity keys (DESIGN.md "Identity"): emails, site handles and
 * profile URLs of the social sites. Content scripts import this module, not keys.ts/urls.ts, which
 * pull in libphonenumber (too large for a content script). Phone numbers in content scripts go
 * through lib/sites/shared/phone.ts; the full E.164 check stays in keys.ts.
 */
export const MAX_KEY_LENGTH = 200;

export function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value; // a stray '%' in a handle is kept as written rather than dropping the person
  }
}

export function clean(value: string): string {
  return decode(value)
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f\u200b-\u200f\u2060\ufeff]/g, '')
    .trim()
    .toLowerCase();
}

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/;

export function emailKey(raw: string): string | null {
  const value = clean(raw.replace(/^mailto:/i, '').split('?')[0] ?? '');
  if (value.length > MAX_KEY_LENGTH || !EMAIL.test(value)) return null;
  return `email:${value}`;
}

const HANDLE = /^[a-z0-9._-]{1,100}$/;
// LinkedIn public slugs keep accented letters (`thilde-markström-02a5192b7`, percent-encoded in URLs).
const LINKEDIN_SLUG = /^[\p{Ll}\p{Lo}\p{N}._-]{1,100}$/u;

/** A site handle (`@jane`, `Jane`) as a key; null when it cannot be a handle. */
export function handleKey(kind: 'facebook' | 'instagram' | 'linkedin' | 'x', raw: string): string | null {
  const value = clean(raw).replace(/^@/, '');
  if (!(kind === 'linkedin' ? LINKEDIN_SLUG : HANDLE).test(value)) return null;
  return `${kind}:${value}`;
}

export function facebookIdKey(id: string): string | null {
  const value = clean(id);
  return /^\d{3,25}$/.test(value) ? `facebook:id:${value}` : null;
}

/**
 * Profile URLs of the supported sites -> identity keys. Only URL *shapes* are trusted:
 * a path that is a site feature (`/explore`, `/home`, `/settings`) is never a person.
 */
const FACEBOOK_RESERVED = new Set([
  'home.php',
  'profile.php',
  'messages',
  'groups',
  'events',
  'marketplace',
  'watch',
  'gaming',
  'pages',
  'friends',
  'notifications',
  'settings',
  'photo',
  'photo.php',
  'photos',
  'videos',
  'reel',
  'reels',
  'stories',
  'story.php',
  'hashtag',
  'search',
  'bookmarks',
  'memories',
  'saved',
  'help',
  'privacy',
  'policies',
  'login',
  'login.php',
  'permalink.php',
  'sharer',
  'share',
  'l.php',
  'ads',
  'business',
  'fundraisers',
  'games',
  'people',
  'me',
  'dialog',
  'media',
  'commerce',
  'checkpoint',
  'recover',
  'legal',
  'about',
  'careers',
  'messenger_media',
  'composer',
  'feeds',
  'latest',
  'plugins',
  'tr',
  'ajax',
  'posts',
  'live',
  'news',
  'jobs',
  'weather',
  'offers',
  'places',
]);
const INSTAGRAM_RESERVED = new Set([
  'explore',
  'direct',
  'accounts',
  'reels',
  'reel',
  'p',
  'stories',
  'tv',
  'about',
  'legal',
  'developer',
  'emails',
  'challenge',
  'web',
  'session',
  'ajax',
  'api',
  'graphql',
  'static',
  'privacy',
  'terms',
  'help',
  'press',
  'jobs',
  'locations',
  'directory',
  'topics',
  'nametag',
  'qr',
  'your_activity',
  'settings',
  'notifications',
  'create',
]);
const X_RESERVED = new Set([
  'home',
  'explore',
  'notifications',
  'messages',
  'i',
  'settings',
  'search',
  'compose',
  'login',
  'logout',
  'signup',
  'tos',
  'privacy',
  'hashtag',
  'intent',
  'share',
  'account',
  'jobs',
  'lists',
  'communities',
  'bookmarks',
  'premium',
  'verified',
  'about',
  'help',
  'download',
  'en',
  'grok',
  'topics',
  'following',
  'followers',
  'who_to_follow',
]);

const KNOWN_HOSTS = new Set([
  'facebook.com',
  'fb.com',
  'messenger.com',
  'instagram.com',
  'linkedin.com',
  'x.com',
  'twitter.com',
]);

function pathSegments(u: URL): string[] {
  return u.pathname.split('/').filter(Boolean);
}

/**
 * The key of a profile URL on Facebook/Messenger, Instagram, LinkedIn or X; null for any other
 * host and for site feature paths. (mailto:, tel: and WhatsApp links are handled by the callers:
 * keyFromProfileUrl in urls.ts, or a content script with lib/sites/shared/phone.ts.)
 */
export function siteProfileKey(u: URL): string | null {
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
  // www., m., mobile., locale (de-de.facebook.com) prefixes name the same site.
  const stripped = u.hostname.replace(/^(www|m|mobile|web|[a-z]{2}(-[a-z]{2})?)\./, '');
  const host = KNOWN_HOSTS.has(stripped) ? stripped : u.hostname;
  const segs = pathSegments(u);
  const first = segs[0];
  switch (host) {
    case 'facebook.com':
    case 'fb.com':
    case 'messenger.com': {
      if (!first) return null;
      if (first === 'profile.php') {
        const id = u.searchParams.get('id');
        return id ? facebookIdKey(id) : null;
      }
      if (first === 'people' && segs[2]) return facebookIdKey(segs[2]);
      if (first === 'groups' && segs[2] === 'user' && segs[3]) return facebookIdKey(segs[3]);
      if (first === 't' && segs[1])
        return /^\d+$/.test(segs[1]) ? facebookIdKey(segs[1]) : handleKey('facebook', segs[1]);
      if (first === 'messages' && segs[1] === 't' && segs[2] && /^\d+$/.test(segs[2])) return facebookIdKey(segs[2]);
      if (FACEBOOK_RESERVED.has(first.toLowerCase())) return null;
      // facebook.com/<digits> is the same person as profile.php?id=<digits> (Messenger headers link so)
      if (/^\d+$/.test(first)) return facebookIdKey(first);
      return handleKey('facebook', first);
    }
    case 'instagram.com':
      if (!first || segs.length > 2 || INSTAGRAM_RESERVED.has(first.toLowerCase())) return null;
      return handleKey('instagram', first);
    case 'linkedin.com':
      if ((first === 'in' || first === 'pub') && segs[1]) return handleKey('linkedin', segs[1]);
      return null;
    case 'x.com':
    case 'twitter.com':
      if (!first || segs.length > 2 || X_RESERVED.has(first.toLowerCase())) return null;
      if (segs[1] && !['with_replies', 'media', 'likes', 'highlights', 'articles'].includes(segs[1])) return null;
      return handleKey('x', first);
    default:
      return null;
  }
}
