import { facebookKey } from './keys';
import { FB, LIMITS } from './selectors';

type Root = Document | ShadowRoot | Element;

function docOf(root: Root): Document | null {
  return root.nodeType === 9 ? (root as Document) : (root.ownerDocument ?? null);
}

/**
 * The logged-in user's keys (never reported as a contact). Facebook shows the viewer mostly in data,
 * not in markup: the `c_user` cookie (SITE-NOTES §1.6) and `CurrentUserInitialData` in the page's
 * inline JSON (`"USER_ID":"…"`, capture). "0" means logged out.
 */
export function facebookViewerKeys(root: Root): string[] {
  const keys = new Set<string>();
  const doc = docOf(root);
  if (!doc) return [];
  try {
    const cookie = /(?:^|;\s*)c_user=(\d{3,25})/.exec(doc.cookie ?? '');
    if (cookie?.[1]) keys.add(`facebook:id:${cookie[1]}`);
  } catch {
    // a sandboxed or parsed document has no cookie jar
  }
  for (const key of facebookViewerKeysIn(doc.querySelectorAll(FB.dataScripts))) keys.add(key);
  return [...keys];
}

/** The viewer named in data scripts: `CurrentUserInitialData` with its USER_ID and vanity name. */
export function facebookViewerKeysIn(scripts: Iterable<Element>): Set<string> {
  const keys = new Set<string>();
  let budget: number = LIMITS.scriptChars;
  for (const script of scripts) {
    if (budget <= 0) break;
    const text = script.textContent ?? '';
    budget -= text.length;
    if (!text.includes('CurrentUserInitialData')) continue;
    const at = text.indexOf('CurrentUserInitialData');
    const id = /"USER_ID":"(\d{3,25})"/.exec(text.slice(at, at + 2000));
    if (id?.[1]) keys.add(`facebook:id:${id[1]}`);
    const vanity = /"(?:USERNAME|VANITY)":"([\w.]+)"/.exec(text.slice(at, at + 2000));
    if (vanity?.[1]) {
      const key = facebookKey(`https://www.facebook.com/${vanity[1]}`);
      if (key) keys.add(key);
    }
  }
  return keys;
}
