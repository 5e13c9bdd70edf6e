import { emailKey, siteProfileKey } from '../../identity/basic';
import { cleanName } from '../shared/clean-name';
import { queryAllDeep, textOf } from '../shared/deep-query';
import { dedupePeople } from '../shared/people';
import { plainPhoneKey, plainWhatsappKey } from '../shared/phone';
import type { FindResult, PersonOnPage } from '../types';
import { H_CARD, H_EMAIL, H_NAME, H_TEL, H_URL, LINK, PERSON_HREF } from './selectors';

type Root = Document | ShadowRoot | Element;

/** Bounds: a page with 5,000 links is read in milliseconds, one with millions is cut short. */
export const MAX_LINKS = 20_000;
export const MAX_CARDS = 500;
export const MAX_PEOPLE = 500;

const LOOKS_LIKE_ADDRESS = /@|^\+?[\d\s().-]{6,}$|^https?:|^www\.|\.(com|org|net)\b/i;

function decodeSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** The key a link stands for, or null. */
export function keyFromHref(href: string | null, base?: string): string | null {
  if (!href || href.length > 2000) return null;
  const value = href.trim();
  if (!PERSON_HREF.test(value)) return null;
  if (/^mailto:/i.test(value)) return emailKey(decodeSafe(value.slice(7)).split(/[,?]/)[0] ?? '');
  if (/^tel:/i.test(value)) return plainPhoneKey(decodeSafe(value.slice(4)).split(';')[0]);
  let u: URL;
  try {
    u = new URL(value, base);
  } catch {
    return null;
  }
  const host = u.hostname.replace(/^www\./, '');
  if (host === 'wa.me') return plainWhatsappKey(`+${u.pathname.split('/')[1] ?? ''}`);
  if (host === 'whatsapp.com' || host === 'api.whatsapp.com') {
    const phone = u.searchParams.get('phone');
    return phone ? plainWhatsappKey(`+${phone.replace(/^\+/, '')}`) : null;
  }
  return siteProfileKey(u);
}

/** A name from visible text, unless the text is the address itself. */
function nameFrom(text: string): string {
  const name = cleanName(text);
  return name && !LOOKS_LIKE_ADDRESS.test(name) && name.length <= 100 ? name : '';
}

function fallbackName(key: string): string {
  const value = key.slice(key.indexOf(':') + 1);
  return key.startsWith('instagram:') || key.startsWith('x:') ? `@${value}` : value;
}

export function baseOf(root: Root): string | undefined {
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
  const base = doc?.baseURI;
  return base && /^https?:/.test(base) ? base : undefined;
}

function readCard(card: Element, base: string | undefined, used: Set<Element>): PersonOnPage | null {
  const keys: string[] = [];
  for (const el of Array.from(card.querySelectorAll(`${H_EMAIL}, ${H_URL}, ${H_TEL}`)).slice(0, 20)) {
    used.add(el);
    const href = el.getAttribute('href');
    const text = textOf(el, 200);
    let key: string | null = href ? keyFromHref(href, base) : null;
    if (!key && el.matches(H_EMAIL)) key = emailKey(text);
    if (!key && el.matches(H_TEL)) key = plainPhoneKey(text);
    if (key) keys.push(key);
  }
  if (card.matches(LINK)) {
    used.add(card);
    const key = keyFromHref(card.getAttribute('href'), base);
    if (key) keys.push(key);
  }
  if (keys.length === 0) return null;
  const nameEl = card.querySelector(H_NAME);
  const name = nameFrom(textOf(nameEl ?? card, 200));
  return { displayName: name, identities: keys, view: 'h-card', anchor: nameEl ?? card };
}

/** The people of the h-cards and person links among the given elements (page or region order). */
export function genericPeopleOf(cards: Element[], links: Element[], base: string | undefined): PersonOnPage[] {
  const found: PersonOnPage[] = [];
  const used = new Set<Element>();
  for (const card of cards.slice(0, MAX_CARDS)) {
    const p = readCard(card, base, used);
    if (p) found.push(p);
  }
  for (const link of links.slice(0, MAX_LINKS)) {
    if (found.length >= MAX_PEOPLE * 4) break;
    if (used.has(link)) continue;
    const key = keyFromHref(link.getAttribute('href'), base);
    if (!key) continue;
    found.push({ displayName: nameFrom(textOf(link, 200)), identities: [key], view: 'link', anchor: link });
  }
  const people = dedupePeople(found).slice(0, MAX_PEOPLE);
  for (const p of people) if (!p.displayName) p.displayName = fallbackName(p.identities[0]!);
  return people;
}

export function findGenericPeople(root: Root): FindResult {
  return { people: genericPeopleOf(queryAllDeep(root, H_CARD), queryAllDeep(root, LINK), baseOf(root)) };
}
