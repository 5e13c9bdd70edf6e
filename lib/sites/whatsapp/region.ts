import { queryDeep } from '../shared/deep-query';
import { holds, learnsViewer, queryAllIn, touches } from '../shared/region';
import type { PersonOnPage, ViewerInfo } from '../types';
import { finishPeople, isOutgoing, MAX_MESSAGES, messagesIn, parseDataId, type Scan, scanMessage } from './parse';
import { MAIN, MESSAGE, PRE_PLAIN } from './selectors';

/**
 * Region scans for WhatsApp. New messages are read on their own, given what the full scan learnt
 * about the open chat: its JID (a group or a 1:1 chat) and the viewer's number (the author of the
 * outgoing messages). A message of another chat, the chat header, a new chat panel or a
 * message the viewer wrote under a number not yet known are left to a full scan.
 */
function newScan(isGroup: boolean): Scan {
  return { people: [], shown: new Map(), viewer: new Set(), isGroup, chatPhone: null };
}

/**
 * `keys`: the author of the outgoing messages (what a full scan keeps out as the viewer);
 * `page`: "<g|1>:<chat JID>" of the open chat, absent when there is no chat panel.
 */
export function whatsappViewer(doc: Document): ViewerInfo {
  const main = queryDeep(doc, MAIN);
  const messages = messagesIn(main ?? doc);
  const ids = messages.map((m) => parseDataId(m.getAttribute('data-id')));
  const keys = new Set<string>();
  messages.forEach((msg, i) => {
    if (!isOutgoing(msg, ids[i] ?? null)) return;
    const scan = newScan(false);
    scanMessage(scan, msg); // an outgoing message adds its author to the viewer, and quoted authors
    for (const key of scan.viewer) keys.add(key);
  });
  const isGroup = ids.some((id) => id?.chat.endsWith('@g.us'));
  const chat = ids.find(Boolean)?.chat ?? '';
  return { keys, ...(main ? { page: `${isGroup ? 'g' : '1'}:${chat}` } : {}) };
}

export function findWhatsappIn(region: Element, viewer: ViewerInfo): PersonOnPage[] | null {
  if (viewer.page === undefined) return null;
  if (!region.closest(MAIN)) return holds(region, MAIN) ? null : []; // outside the chat panel, or a new one
  if (touches(region, `${MAIN} header`)) return null;
  const chat = viewer.page.slice(2);
  // the full scan saw no message with a JID: the first ones decide group or not, a full scan's job
  if (!chat) return holds(region, `${MESSAGE}, ${PRE_PLAIN}`) ? null : [];
  const messages = queryAllIn(region, MESSAGE)
    .filter((m) => parseDataId(m.getAttribute('data-id')))
    .slice(-MAX_MESSAGES);
  if (messages.some((m) => parseDataId(m.getAttribute('data-id'))?.chat !== chat)) return null;
  const scan = newScan(viewer.page.startsWith('g:'));
  for (const msg of messages) scanMessage(scan, msg);
  if (learnsViewer(scan.viewer, viewer)) return null;
  return finishPeople(scan, viewer.keys);
}

export function whatsappUnitOf(node: Element): Element | null {
  return node.closest(MESSAGE);
}
