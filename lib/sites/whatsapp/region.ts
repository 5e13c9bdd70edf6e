import { queryDeep } from '../shared/deep-query';
import { holds, learnsViewer, queryAllIn, touches } from '../shared/region';
import type { PersonOnPage, ViewerInfo } from '../types';
import {
  chatViewer,
  finishPeople,
  isOutgoing,
  MAX_MESSAGES,
  messagesIn,
  parseDataId,
  type Scan,
  scanMessage,
} from './parse';
import { MAIN, MESSAGE, PRE_PLAIN, SHADOW_HOSTS } from './selectors';

/**
 * Region scans for WhatsApp. New messages are read on their own, given what the full scan learnt
 * about the open chat: its JID (a group or a 1:1 chat) and the viewer's number (the author of the
 * outgoing messages). A message of another chat, the chat header, a new chat panel or a
 * message the viewer wrote under a number not yet known are left to a full scan.
 */
function newScan(isGroup: boolean): Scan {
  return { people: [], shown: new Map(), viewer: new Set(), isGroup, chatPhone: null };
}

/** The page's viewer and open chat (chatViewer); a full scan learns the same on its way. */
export function whatsappViewer(doc: Document): ViewerInfo {
  const main = queryDeep(doc, MAIN, SHADOW_HOSTS);
  const messages = messagesIn(main ?? doc);
  const keys = new Set<string>();
  for (const msg of messages) {
    if (!isOutgoing(msg, parseDataId(msg.getAttribute('data-id')))) continue;
    const scan = newScan(false);
    scanMessage(scan, msg); // an outgoing message adds its author to the viewer
    for (const key of scan.viewer) keys.add(key);
  }
  return chatViewer(main, messages, keys);
}

export function findWhatsappIn(region: Element, viewer: ViewerInfo): PersonOnPage[] | null {
  if (viewer.page === undefined) return null;
  if (!region.closest(MAIN)) return holds(region, MAIN) ? null : []; // outside the chat panel, or a new one
  if (touches(region, `${MAIN} header`)) return null;
  const chat = viewer.page.slice(2);
  // the full scan saw no message with a JID: the first ones decide group or not, a full scan's job
  if (!chat) return holds(region, `${MESSAGE}, ${PRE_PLAIN}`) ? null : [];
  const messages = queryAllIn(region, MESSAGE, SHADOW_HOSTS)
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
