import { selfAndBelow } from '../shared/region';
import { linkedinKey } from './keys';
import { LI, LIMITS } from './selectors';

type Root = Document | ShadowRoot | Element;

/**
 * The logged-in member's keys, from the page and its open shadow roots (`scopes`): the nav/identity-card links, the viewer's own message groups, and
 * the Me menu entry in the page's embedded JSON (`recent_activity_nav_all` -> `/in/<viewer>/`,
 * 2024 capture). The name alone (`.global-nav__me-photo[alt]`) is not a key and is not used.
 */
export function linkedinViewerKeys(scopes: Root[], url: string): string[] {
  const keys = new Set<string>();
  const links = scopes.flatMap((s) => selfAndBelow(s, `${LI.viewerLinks}, ${LI.ownGroupLink}`));
  for (const a of links) {
    const key = linkedinKey(a.getAttribute('href'), url);
    if (key) keys.add(key);
  }
  let budget: number = LIMITS.codeChars;
  for (const code of scopes[0] ? selfAndBelow(scopes[0], LI.dataCode) : []) {
    if (budget <= 0) break;
    const text = code.textContent ?? '';
    budget -= text.length;
    const at = text.indexOf('recent_activity_nav_all');
    if (at < 0) continue;
    const m = /linkedin\.com\/in\/([^/"?]+)\//.exec(text.slice(at, at + 400));
    const key = m ? linkedinKey(`https://www.linkedin.com/in/${m[1]}/`) : null;
    if (key) keys.add(key);
  }
  return [...keys];
}
