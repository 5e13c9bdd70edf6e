import { remembered } from '../../model/remembered';
import { cleanName } from '../shared/clean-name';
import { queryDeep, textOf } from '../shared/deep-query';
import { dedupePeople, PeopleCount, withoutViewer } from '../shared/people';
import { plainE164 } from '../shared/phone';
import { unitsDeep } from '../shared/region';
import { EVERYWHERE, type Near } from '../shared/window';
import type { FindResult, PersonOnPage, ViewerInfo } from '../types';
import {
  AUTHOR_LINE,
  AUTHOR_NAME,
  HEADER_TITLE,
  MAIN,
  MESSAGE,
  OUTGOING,
  PRE_PLAIN,
  QUOTE_BUTTON,
  QUOTED_LABELS,
  SHADOW_HOSTS,
} from './selectors';

type Root = Document | ShadowRoot | Element;

/** Messages read per scan: WhatsApp keeps a few hundred in the DOM; a hostile page gets no more. */
export const MAX_MESSAGES = 1500;

interface DataId {
  readonly fromMe: boolean;
  readonly chat: string;
  /** The group member who wrote it, when WhatsApp gives a phone JID (`<digits>@c.us`). */
  readonly participant?: string;
}

/** `false_120363…@g.us_MSG001_100000000001@lid`, `true_15551234567@c.us_3EB0…`. */
export function parseDataId(raw: string | null): DataId | null {
  return raw ? parseKept(raw) : null;
}

/**
 * Answers kept: a scan parses each message's id three or four times (which messages, group or
 * not, outgoing or not, its author), and the next scan meets the same messages.
 */
const parseKept = remembered(
  (raw: string): DataId | null => {
    const m = raw.slice(0, 300).match(/^(true|false)_([^_\s]+@[a-z.]+)_([^_\s]+)(?:_([^_\s]+))?/);
    return m ? { fromMe: m[1] === 'true', chat: m[2]!, participant: m[4] } : null;
  },
  { limit: 4096, maxKeyLength: 300 },
);

/** `15551234567@c.us` -> `+15551234567` (a `@lid` is a private id, not a number). */
function phoneOfJid(jid: string | undefined): string | null {
  const m = jid?.match(/^(\d{8,15})@(c\.us|s\.whatsapp\.net)$/);
  return m ? `+${m[1]}` : null;
}

/** The author part of "[13:52, 22/03/2026] +65 9000 0001: ". */
export function preAuthor(raw: string | null): string {
  const m = raw?.slice(0, 300).match(/^\s*\[[^\]]*\]\s*(.*?):\s*$/s);
  return m?.[1]?.trim() ?? '';
}

function inQuote(el: Element, stop: Element): boolean {
  for (let node: Element | null = el; node && node !== stop; node = node.parentElement) {
    if (node.matches(QUOTE_BUTTON)) return true;
    if (QUOTED_LABELS.has((node.getAttribute('aria-label') ?? '').trim().toLowerCase())) return true;
  }
  return false;
}

interface Author {
  name: string;
  phone: string | null;
  anchor: Element;
}

/** Numbers as the page writes them ("+65 9000 0004"), to name people who show no name. */
type Shown = Map<string, string>;

function phoneIn(text: string | null | undefined, shown: Shown): string | null {
  const phone = plainE164(text);
  if (phone && text && shown.size < 5000)
    shown.set(`whatsapp:${phone}`, text.replace(/[\u200e\u200f\u202a-\u202e]/g, ''));
  return phone;
}

function readAuthorLine(line: Element, shown: Shown): Author {
  let name = '';
  let phone: string | null = null;
  let anchor: Element = line;
  for (const span of Array.from(line.querySelectorAll('span')).slice(0, 10)) {
    const text = textOf(span, 200);
    if (!text) continue;
    const asPhone = phoneIn(text, shown);
    if (asPhone) phone ??= asPhone;
    else if (!name && span.matches(AUTHOR_NAME)) {
      name = cleanName(text.replace(/^~\s*/, ''));
      anchor = span;
    }
  }
  return { name, phone, anchor };
}

export function isOutgoing(msg: Element, id: DataId | null): boolean {
  return id?.fromMe === true || msg.matches(OUTGOING) || msg.querySelector(OUTGOING) !== null;
}

export interface Scan {
  people: PersonOnPage[];
  shown: Shown;
  viewer: Set<string>;
  isGroup: boolean;
  chatPhone: string | null;
}

function add(scan: Scan, phone: string | null, name: string, anchor: Element, view: string) {
  if (!phone) return;
  const key = `whatsapp:${phone}`;
  scan.people.push({ displayName: name, identities: [key], view, anchor });
}

export function scanMessage(scan: Scan, msg: Element) {
  const id = parseDataId(msg.getAttribute('data-id'));
  if (id?.chat.endsWith('@g.us')) scan.isGroup = true;
  else if (id) scan.chatPhone ??= phoneOfJid(id.chat);
  const view = scan.isGroup ? 'group' : 'chat';
  const lines = Array.from(msg.querySelectorAll(AUTHOR_LINE)).slice(0, 10);
  const authorLine = lines.find((l) => !inQuote(l, msg));
  const pre = [msg, ...Array.from(msg.querySelectorAll(PRE_PLAIN)).slice(0, 5)].find(
    (el) => el.hasAttribute('data-pre-plain-text') && !inQuote(el, msg),
  );
  const preName = preAuthor(pre?.getAttribute('data-pre-plain-text') ?? null);
  if (isOutgoing(msg, id)) {
    const own = plainE164(preName);
    if (own) scan.viewer.add(`whatsapp:${own}`);
  } else if (scan.isGroup || id === null) {
    const header = authorLine ? readAuthorLine(authorLine, scan.shown) : null;
    const phone = header?.phone ?? phoneIn(preName, scan.shown) ?? phoneOfJid(id?.participant);
    const name = header?.name || (plainE164(preName) ? '' : cleanName(preName.replace(/^~\s*/, '')));
    add(scan, phone, name, header?.anchor ?? msg, view);
  }
  for (const line of lines) {
    if (!inQuote(line, msg)) continue;
    const quoted = readAuthorLine(line, scan.shown);
    add(scan, quoted.phone, quoted.name, quoted.anchor, view);
  }
}

/** The open 1:1 chat: the header names the person; the number comes from the chat JID or header. */
function scanHeader(scan: Scan, root: Root) {
  if (scan.isGroup) return;
  const title = HEADER_TITLE.map((s) => queryDeep(root, s, SHADOW_HOSTS)).find(Boolean);
  if (!title) return;
  const text = textOf(title, 200);
  const phone = scan.chatPhone ?? phoneIn(text, scan.shown);
  add(scan, phone, plainE164(text) ? '' : cleanName(text.replace(/^~\s*/, '')), title, 'chat');
}

/** One person per number, never the viewer; people who showed no name are named by their number as the page writes it. */
export function finishPeople(scan: Scan, viewer: ReadonlySet<string>): PersonOnPage[] {
  const people = withoutViewer(dedupePeople(scan.people), viewer);
  for (const p of people) {
    const key = p.identities[0]!;
    if (!p.displayName) p.displayName = cleanName(scan.shown.get(key)) || key.slice('whatsapp:'.length);
  }
  return people;
}

/**
 * The open chat's messages: those with a data-id, else (older markup) those with pre-plain text; the
 * latest ones. `near` cuts a long chat to the messages on or near the screen before any is parsed.
 */
export function messagesIn(scope: Document | ShadowRoot | Element, near: Near = EVERYWHERE): Element[] {
  let messages = near(unitsDeep(scope, MESSAGE, SHADOW_HOSTS)).filter((m) => parseDataId(m.getAttribute('data-id')));
  if (messages.length === 0) messages = near(unitsDeep(scope, PRE_PLAIN, SHADOW_HOSTS));
  return messages.slice(-MAX_MESSAGES);
}

/**
 * What region scans need from the whole page (ViewerInfo). `keys`: the author of the outgoing
 * messages (what a full scan keeps out as the viewer); `page`: "<g|1>:<chat JID>" of the open chat,
 * absent when there is no chat panel.
 */
export function chatViewer(main: Element | null, messages: Element[], keys: Iterable<string>): ViewerInfo {
  const ids = messages.map((m) => parseDataId(m.getAttribute('data-id')));
  const isGroup = ids.some((id) => id?.chat.endsWith('@g.us'));
  const chat = ids.find(Boolean)?.chat ?? '';
  return { keys: new Set(keys), ...(main ? { page: `${isGroup ? 'g' : '1'}:${chat}` } : {}) };
}

/**
 * `limit`: once that many people who are not the viewer are known, only outgoing messages are read
 * (for the viewer's number): a full scan keeps only the first people (lib/sites/page-people.ts KEEP).
 */
export function findWhatsappPeople(root: Root, limit = Number.POSITIVE_INFINITY, near: Near = EVERYWHERE): FindResult {
  const scan: Scan = { people: [], shown: new Map(), viewer: new Set(), isGroup: false, chatPhone: null };
  const main = queryDeep(root, MAIN, SHADOW_HOSTS);
  const messages = messagesIn(main ?? root, near);
  // Group or not is known from any message's JID; decide it before reading authors.
  scan.isGroup = messages.some((m) => parseDataId(m.getAttribute('data-id'))?.chat.endsWith('@g.us'));
  const count = new PeopleCount(limit, scan.viewer);
  for (const msg of messages) {
    if (count.full && !isOutgoing(msg, parseDataId(msg.getAttribute('data-id')))) continue;
    const before = scan.people.length;
    scanMessage(scan, msg);
    for (const person of scan.people.slice(before)) count.add(person);
  }
  scanHeader(scan, root);
  const people = finishPeople(scan, scan.viewer);
  // the outgoing messages' author, learnt on the way: the full scan need not read them again
  const viewer = root.nodeType === 9 ? chatViewer(main, messages, scan.viewer) : undefined;
  if (people.length === 0 && main && (messages.length > 0 || queryDeep(main, 'header', SHADOW_HOSTS))) {
    const incoming = messages.some((m) => !isOutgoing(m, parseDataId(m.getAttribute('data-id'))));
    if (incoming || !scan.isGroup) {
      return {
        people,
        diagnostic: {
          site: 'whatsapp',
          view: scan.isGroup ? 'group' : 'chat',
          reason: scan.isGroup
            ? `${messages.length} messages but no author with a phone number`
            : 'open chat shows no phone number (data-id JID or header)',
        },
        ...(viewer ? { viewer } : {}),
      };
    }
  }
  return viewer ? { people, viewer } : { people };
}
