import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { grantedTabs, setupMessages } from '../../entrypoints/background/messages';
import {
  contentToBg,
  isTrustedContentSender,
  isTrustedPanelSender,
  panelToBg,
  route,
  type SenderInfo,
} from '../../lib/messaging';
import type { KindredService } from '../../lib/service/service';
import { SUPPORTED_HOSTS } from '../../lib/sites/hosts';

/**
 * Issue 7.3: forged messages. Whatever a page, a content script, another extension or a crafted
 * payload sends, the check or the schema refuses it and no handler runs.
 */
const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const GMAIL = 'https://mail.google.com/mail/u/0/#inbox';

const person = (over: Record<string, unknown> = {}) => ({
  displayName: 'Ann Lee',
  identities: ['email:ann@example.com'],
  ...over,
});
const found = (people: unknown[]) => ({ type: 'content->bg:peopleFound', payload: { url: GMAIL, people } });

/** Forged senders for content messages: each must fail the content check. */
const FORGED_CONTENT: [string, SenderInfo][] = [
  ['another extension', { id: 'ponmlkjihgfedcbaponmlkjihgfedcba', url: GMAIL, tab: { id: 1, url: GMAIL } }],
  ['no extension id (a web page)', { url: GMAIL, tab: { id: 1, url: GMAIL } }],
  ['an unsupported site', { id: ID, url: 'https://evil.example/', tab: { id: 2, url: 'https://evil.example/' } }],
  [
    'a look-alike host',
    {
      id: ID,
      url: 'https://mail.google.com.evil.example/',
      tab: { id: 2, url: 'https://mail.google.com.evil.example/' },
    },
  ],
  ['a subdomain of a supported host', { id: ID, url: 'https://a.mail.google.com/', tab: { id: 2 } }],
  ['userinfo trick', { id: ID, url: 'https://mail.google.com@evil.example/', tab: { id: 2 } }],
  ['a data: URL', { id: ID, url: 'data:text/html,<p>mail.google.com', tab: { id: 2 } }],
  ['a blob: URL of a supported host', { id: ID, url: 'blob:https://mail.google.com/1234', tab: { id: 2 } }],
  ['no tab', { id: ID, url: GMAIL }],
  ['a tab without an id', { id: ID, url: GMAIL, tab: { url: GMAIL } }],
  ['an extension page (not a content script)', { id: ID, url: `${ORIGIN}sidepanel.html` }],
  ...SUPPORTED_HOSTS.map((h): [string, SenderInfo] => [
    `http://${h}`,
    { id: ID, url: `http://${h}/`, tab: { id: 3, url: `http://${h}/` } },
  ]),
];

/** Forged senders for panel messages: each must fail the panel check. */
const FORGED_PANEL: [string, SenderInfo][] = [
  ['a content script on a supported site', { id: ID, url: GMAIL, tab: { id: 1, url: GMAIL } }],
  [
    'another extension page',
    {
      id: 'ponmlkjihgfedcbaponmlkjihgfedcba',
      url: 'chrome-extension://ponmlkjihgfedcbaponmlkjihgfedcba/sidepanel.html',
    },
  ],
  ['our url, another id', { id: 'ponmlkjihgfedcbaponmlkjihgfedcba', url: `${ORIGIN}sidepanel.html` }],
  ['another origin, our id', { id: ID, url: 'chrome-extension://ponmlkjihgfedcbaponmlkjihgfedcba/app.html' }],
  ['no url', { id: ID }],
  ['a garbage url', { id: ID, url: 'not a url' }],
  ['a web page', { url: 'https://evil.example/' }],
  ['an http page with our id', { id: ID, url: `http://${ID}/sidepanel.html` }],
];

describe('sender checks refuse forged senders', () => {
  it.each(FORGED_CONTENT)('content message from %s', (_, sender) => {
    expect(isTrustedContentSender(sender, ID, new Set())).toBe(false);
  });

  it('a granted tab is trusted only for its own id, only for our extension', () => {
    const other = { id: ID, url: 'https://evil.example/', tab: { id: 9, url: 'https://evil.example/' } };
    expect(isTrustedContentSender(other, ID, new Set([8]))).toBe(false);
    expect(isTrustedContentSender({ ...other, id: 'x' }, ID, new Set([9]))).toBe(false);
    expect(isTrustedContentSender(other, ID, new Set([9]))).toBe(true);
  });

  it.each(FORGED_PANEL)('panel message from %s', (_, sender) => {
    expect(isTrustedPanelSender(sender, ID, ORIGIN)).toBe(false);
  });

  it('the real senders pass (so the refusals above mean something)', () => {
    for (const h of SUPPORTED_HOSTS)
      expect(isTrustedContentSender({ id: ID, url: `https://${h}/x`, tab: { id: 1 } }, ID, new Set())).toBe(true);
    expect(isTrustedPanelSender({ id: ID, url: `${ORIGIN}sidepanel.html?tab=3#page` }, ID, ORIGIN)).toBe(true);
    expect(isTrustedPanelSender({ id: ID, url: `${ORIGIN}app.html#import` }, ID, ORIGIN)).toBe(true);
  });
});

/** Payloads that must be refused by the schema (trusted sender), the handler never running. */
const BAD_CONTENT: [string, unknown][] = [
  ['a 5,000-char name', found([person({ displayName: 'A'.repeat(5_000) })])],
  [
    '10,000 people',
    found(Array.from({ length: 10_000 }, (_, i) => person({ identities: [`email:p${i}@example.com`] }))),
  ],
  ['21 identities', found([person({ identities: Array.from({ length: 21 }, (_, i) => `email:p${i}@x.io`) })])],
  ['a 5,000-char identity', found([person({ identities: [`email:${'a'.repeat(5_000)}`] })])],
  ['no identity', found([person({ identities: [] })])],
  ['a number as name', found([person({ displayName: 42 })])],
  ['an object as name', found([person({ displayName: { toString: 'x' } })])],
  [
    'people as an object',
    { type: 'content->bg:peopleFound', payload: { url: GMAIL, people: { 0: person(), length: 1 } } },
  ],
  [
    'a 10,000-char url',
    { type: 'content->bg:peopleFound', payload: { url: `https://mail.google.com/${'a'.repeat(10_000)}`, people: [] } },
  ],
  [
    'a huge diagnostic',
    {
      type: 'content->bg:peopleFound',
      payload: { url: GMAIL, people: [], diagnostic: { site: 'gmail', view: 'x', reason: 'r'.repeat(5_000) } },
    },
  ],
  ['a null payload', { type: 'content->bg:peopleFound', payload: null }],
  ['a string payload', { type: 'content->bg:peopleFound', payload: '{"url":"x","people":[]}' }],
  ['an array payload', { type: 'content->bg:peopleFound', payload: [] }],
  ['a number payload', { type: 'content->bg:peopleFound', payload: 1 }],
  ['no payload', { type: 'content->bg:peopleFound' }],
  ['a contact id that is too long', { type: 'content->bg:openContact', payload: { contactId: 'c'.repeat(65) } }],
  ['an empty contact id', { type: 'content->bg:openContact', payload: { contactId: '' } }],
  ['a contact id object', { type: 'content->bg:openContact', payload: { contactId: { $gt: '' } } }],
];

const BAD_PANEL: [string, unknown][] = [
  ['a 5,000-char contact name', { type: 'panel->bg:addContact', payload: { contact: { name: 'A'.repeat(5_000) } } }],
  ['an id with 65 chars', { type: 'panel->bg:getContact', payload: { id: 'x'.repeat(65) } }],
  ['a 10,000-char query', { type: 'panel->bg:search', payload: { query: 'q'.repeat(10_000) } }],
  ['100,000 ids', { type: 'panel->bg:trash', payload: { ids: Array.from({ length: 100_000 }, (_, i) => `c${i}`) } }],
  ['a negative tab id', { type: 'panel->bg:insertDraft', payload: { tabId: -1, text: 'hi' } }],
  ['a 10,000-char draft', { type: 'panel->bg:insertDraft', payload: { tabId: 1, text: 'x'.repeat(10_000) } }],
  ['an identity key without a kind', { type: 'panel->bg:addIdentity', payload: { id: 'c1', key: 'x' } }],
  [
    '60,000 imported contacts',
    {
      type: 'app->bg:importContacts',
      payload: {
        contacts: Array.from({ length: 60_000 }, () => ({ displayName: 'A', identities: [] })),
        role: 'customer',
        stage: 'associate',
      },
    },
  ],
  [
    'a restore chunk larger than 16 MB',
    {
      type: 'app->bg:restoreChunk',
      payload: { session: 's', table: 'touches', json: 'x'.repeat(16 * 1024 * 1024 + 1) },
    },
  ],
  ['a null payload', { type: 'panel->bg:listContacts', payload: null }],
  ['a string payload', { type: 'panel->bg:today', payload: 'x' }],
];

/** Type names that must never reach a handler (prototype members, near-misses, junk). */
const BAD_TYPES: unknown[] = [
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'content->bg:__proto__',
  'panel->bg:constructor',
  'content->bg:peoplefound',
  'CONTENT->BG:PEOPLEFOUND',
  ' content->bg:peopleFound',
  'content->bg:peopleFound ',
  'content->bg:peopleFound\u0000',
  `content->bg:peopleFound${'x'.repeat(100)}`,
  'bg->content:insertDraft',
  'bg->panel:show',
  42,
  null,
  undefined,
  {},
  ['content->bg:peopleFound'],
  { toString: () => 'content->bg:peopleFound' },
];

function spyHandlers<M extends Record<string, unknown>>(schemas: M) {
  const ran: string[] = [];
  const handlers = Object.fromEntries(
    Object.keys(schemas).map((k) => [
      k,
      () => {
        ran.push(k);
        return 'ran';
      },
    ]),
  );
  return { ran, handlers };
}

describe('route() refuses forged messages: the handler never runs', () => {
  it.each(BAD_CONTENT)('content payload: %s', async (_, message) => {
    const { ran, handlers } = spyHandlers(contentToBg);
    const out = await route(contentToBg, handlers, message, {}, true);
    expect(out.handled).toBe(true);
    expect(out.rejected).toMatch(/bad payload/);
    expect(ran).toEqual([]);
  });

  it.each(BAD_PANEL)('panel payload: %s', async (_, message) => {
    const { ran, handlers } = spyHandlers(panelToBg);
    const out = await route(panelToBg, handlers, message, {}, true);
    expect(out.rejected).toMatch(/bad payload/);
    expect(ran).toEqual([]);
  });

  it.each(
    BAD_TYPES.map((t) => [String(typeof t === 'string' ? JSON.stringify(t).slice(0, 60) : t), t]),
  )('message type %s', async (_, type) => {
    for (const schemas of [contentToBg, panelToBg]) {
      const { ran, handlers } = spyHandlers(schemas);
      const out = await route(schemas, handlers, { type, payload: {} }, {}, true);
      expect(out.reply).toBeUndefined();
      expect(ran).toEqual([]);
    }
  });

  it('non-object messages are left alone', async () => {
    for (const raw of [null, undefined, 0, '', 'content->bg:peopleFound', [], () => 1, Symbol('x'), 10n]) {
      const { ran, handlers } = spyHandlers(contentToBg);
      expect(await route(contentToBg, handlers, raw, {}, true)).toEqual({ handled: false });
      expect(ran).toEqual([]);
    }
  });

  it('a valid payload from an untrusted sender is refused before parsing', async () => {
    const { ran, handlers } = spyHandlers(contentToBg);
    const out = await route(contentToBg, handlers, found([person()]), {}, false);
    expect(out.rejected).toMatch(/sender not allowed/);
    expect(ran).toEqual([]);
  });

  it('__proto__ and constructor keys in a payload pollute nothing and are not passed on', async () => {
    let seen: unknown;
    const raw = JSON.parse(
      `{"type":"content->bg:peopleFound","__proto__":{"polluted":1},"payload":{"url":"${GMAIL}","__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},"people":[{"displayName":"Ann","identities":["email:a@x.io"],"__proto__":{"polluted":1},"isAdmin":true}]}}`,
    );
    const out = await route(
      contentToBg,
      {
        'content->bg:peopleFound': (p) => {
          seen = p;
          return true;
        },
      },
      raw,
      {},
      true,
    );
    expect(out.reply).toEqual({ ok: true, value: true });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    // zod strips unknown keys: the handler sees only the declared fields
    expect(Object.keys(seen as object).sort()).toEqual(['people', 'url']);
    expect(Object.keys((seen as { people: object[] }).people[0]!).sort()).toEqual(['displayName', 'identities']);
  });

  it('a getter on the message object is read once by the schema and never re-read by the handler', async () => {
    let reads = 0;
    const message = {
      type: 'content->bg:openContact',
      get payload() {
        reads++;
        return reads === 1 ? { contactId: 'c1' } : { contactId: 'x'.repeat(1_000) };
      },
    };
    let got: unknown;
    await route(
      contentToBg,
      {
        'content->bg:openContact': (p) => {
          got = p;
        },
      },
      message,
      {},
      true,
    );
    expect(got).toEqual({ contactId: 'c1' });
  });
});

/**
 * The background's own listener (entrypoints/background/messages.ts) with WXT's fake browser:
 * the real dispatch between the content and the panel checks, with a service that records any use.
 */
describe('the background listener refuses forged senders end to end', () => {
  let touched: string[];
  let listener: (message: unknown, sender: unknown) => Promise<unknown> | undefined;
  let external: ((message: unknown, sender: unknown) => unknown) | undefined;

  beforeEach(() => {
    fakeBrowser.reset();
    grantedTabs.clear();
    touched = [];
    const record = (what: string) =>
      new Proxy(
        {},
        {
          get(_t, prop) {
            if (prop === 'then') return undefined;
            if (what === 'service' && prop === 'onChanged') return () => () => {}; // wiring at start-up, not a message
            if (what === 'badge' && prop === 'refreshDue') return async () => {};
            return (...args: unknown[]) => {
              touched.push(`${what}.${String(prop)}`);
              if (prop === 'settings')
                return Promise.resolve({ sites: { gmail: true, outlook: true, facebook: true }, stageChips: true });
              void args;
              return Promise.resolve([]);
            };
          },
          set: () => true,
        },
      );
    (browser.runtime as unknown as { onMessageExternal: unknown }).onMessageExternal = {
      addListener: (fn: typeof external) => {
        external = fn;
      },
    };
    setupMessages({
      service: record('service') as unknown as KindredService,
      tabs: record('tabs') as never,
      badge: record('badge') as never,
      panel: record('panel') as never,
    });
    const onMessage = browser.runtime.onMessage as unknown as { trigger: (...a: unknown[]) => Promise<unknown[]> };
    listener = async (message, sender) => (await onMessage.trigger(message, sender))[0];
  });

  /** The listener's refusal (its wording may change; it is never `ok: true`). */
  const REFUSED = { ok: false, error: expect.stringMatching(/reject|refuse/i) };
  const own = (url: string) => `chrome-extension://${browser.runtime.id}/${url}`;

  it('a genuine content message and a genuine panel message do reach the service (control)', async () => {
    await listener(found([person()]), { id: browser.runtime.id, url: GMAIL, tab: { id: 4, url: GMAIL } });
    expect(touched).toContain('service.marks');
    touched = [];
    await listener(
      { type: 'panel->bg:listContacts', payload: {} },
      { id: browser.runtime.id, url: own('sidepanel.html') },
    );
    expect(touched).toEqual(['service.listContacts']);
  });

  it('refuses content messages from every forged sender', async () => {
    for (const [label, sender] of FORGED_CONTENT) {
      const forged = { ...sender, id: sender.id === ID ? browser.runtime.id : sender.id };
      const reply = await listener(found([person()]), forged);
      expect(reply, label).toEqual(REFUSED);
      expect(touched, label).toEqual([]);
    }
  });

  it('refuses panel messages from a content script, another extension or a page', async () => {
    const types = ['panel->bg:listContacts', 'panel->bg:addContact', 'app->bg:restoreCommit', 'panel->bg:saveSettings'];
    for (const [label, sender] of FORGED_PANEL) {
      const forged = { ...sender, id: sender.id === ID ? browser.runtime.id : sender.id };
      for (const type of types) {
        const reply = await listener({ type, payload: {} }, forged);
        expect(reply, `${label} ${type}`).toEqual(REFUSED);
      }
    }
    expect(touched).toEqual([]);
  });

  it('a content script cannot pass a panel message off as content (or the reverse) by its type', async () => {
    const site = { id: browser.runtime.id, url: GMAIL, tab: { id: 4, url: GMAIL } };
    for (const type of ['content->bg:listContacts', 'content->bg:panel->bg:listContacts', 'panel->bg:listContacts']) {
      const reply = await listener({ type, payload: {} }, site);
      expect(reply === undefined || (reply as { ok: boolean }).ok === false, type).toBe(true);
    }
    expect(touched).toEqual([]);
  });

  it('oversized and malformed payloads from a trusted content script never reach the service', async () => {
    const site = { id: browser.runtime.id, url: GMAIL, tab: { id: 4, url: GMAIL } };
    for (const [label, message] of BAD_CONTENT) {
      const reply = await listener(message, site);
      expect(reply, label).toEqual(REFUSED);
    }
    for (const type of BAD_TYPES) await listener({ type, payload: {} }, site);
    expect(touched).toEqual([]);
  });

  it('answers nothing to other extensions and pages (onMessageExternal)', async () => {
    expect(external).toBeDefined();
    expect(await external?.({ type: 'panel->bg:listContacts', payload: {} }, { id: 'other' })).toBeUndefined();
    expect(touched).toEqual([]);
  });
});
