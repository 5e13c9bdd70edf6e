import { emailKey, facebookIdKey, handleKey, normaliseKey, phoneKey, whatsappKey } from './keys';

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

export function keyFromProfileUrl(href: string, base?: string): string | null {
  let u: URL;
  try {
    u = new URL(href, base);
  } catch {
    return null;
  }
  if (u.protocol === 'mailto:') return emailKey(u.pathname);
  if (u.protocol === 'tel:') return phoneKey(u.pathname);
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
    case 'wa.me':
      return first ? whatsappKey(`+${first}`) : null;
    case 'whatsapp.com':
    case 'api.whatsapp.com': {
      const phone = u.searchParams.get('phone');
      return phone ? whatsappKey(`+${phone.replace(/^\+/, '')}`) : null;
    }
    default:
      return null;
  }
}

/**
 * Anything a user or a file may hold: a key (`x:jane`), a profile URL, an email, a phone.
 * Used by "add an identity" in the UI and by importers.
 */
export function identityFromText(text: string): string | null {
  const value = text.trim();
  if (!value) return null;
  if (/^(email|phone|whatsapp|facebook|instagram|linkedin|x):/i.test(value)) return normaliseKey(value);
  if (
    /^(https?:|mailto:|tel:)/i.test(value) ||
    /^(www\.)?[a-z.]*(facebook|instagram|linkedin|x|twitter|messenger)\.com\//i.test(value)
  ) {
    return keyFromProfileUrl(/^[a-z]+:/i.test(value) ? value : `https://${value}`);
  }
  if (value.includes('@') && !value.startsWith('@')) return emailKey(value);
  if (/^[+(\d][\d\s().-]{5,}$/.test(value)) return phoneKey(value);
  return null;
}
