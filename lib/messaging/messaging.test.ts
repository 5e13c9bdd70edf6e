import { describe, expect, it } from 'vitest';
import { contentToBg, panelToBg } from './protocol';
import { route } from './router';
import { isTrustedContentSender, isTrustedPanelSender } from './senders';

const ID = 'abcdefghijklmnopabcdefghijklmnop';

describe('sender checks', () => {
  it('accepts content messages only from our extension in a supported site tab or a granted tab', () => {
    const gmail = {
      id: ID,
      url: 'https://mail.google.com/mail/u/0/',
      tab: { id: 4, url: 'https://mail.google.com/mail/u/0/' },
    };
    expect(isTrustedContentSender(gmail, ID, new Set())).toBe(true);
    expect(isTrustedContentSender({ ...gmail, id: 'another-extension' }, ID, new Set())).toBe(false);
    const other = { id: ID, url: 'https://evil.example/', tab: { id: 9, url: 'https://evil.example/' } };
    expect(isTrustedContentSender(other, ID, new Set())).toBe(false);
    expect(isTrustedContentSender(other, ID, new Set([9]))).toBe(true);
    expect(isTrustedContentSender({ id: ID, url: 'http://mail.google.com/', tab: { id: 1 } }, ID, new Set())).toBe(
      false,
    );
    expect(isTrustedContentSender({ id: ID }, ID, new Set())).toBe(false);
  });

  it('accepts panel messages only from the extension own pages', () => {
    const origin = `chrome-extension://${ID}/`;
    expect(isTrustedPanelSender({ id: ID, url: `${origin}sidepanel.html` }, ID, origin)).toBe(true);
    expect(isTrustedPanelSender({ id: ID, url: 'https://mail.google.com/' }, ID, origin)).toBe(false);
    expect(isTrustedPanelSender({ id: 'x', url: `${origin}sidepanel.html` }, ID, origin)).toBe(false);
  });
});

describe('router', () => {
  const handlers = { 'content->bg:peopleFound': (p: { people: unknown[] }) => p.people.length };

  it('runs the handler with a validated payload', async () => {
    const out = await route(
      contentToBg,
      handlers,
      {
        type: 'content->bg:peopleFound',
        payload: { url: 'https://x.com/a', people: [{ displayName: 'A', identities: ['x:a'] }] },
      },
      {},
      true,
    );
    expect(out).toEqual({ handled: true, reply: { ok: true, value: 1 } });
  });

  it('rejects a wrong shape, naming where, and never runs the handler', async () => {
    let ran = false;
    const out = await route(
      contentToBg,
      {
        'content->bg:peopleFound': () => {
          ran = true;
        },
      },
      { type: 'content->bg:peopleFound', payload: { url: 'u', people: [{ displayName: 'A', identities: [] }] } },
      {},
      true,
    );
    expect(out.rejected).toMatch(/people\.0\.identities/);
    expect(ran).toBe(false);
    const huge = await route(
      contentToBg,
      handlers,
      {
        type: 'content->bg:peopleFound',
        payload: { url: 'u', people: [{ displayName: 'A'.repeat(5000), identities: ['x:a'] }] },
      },
      {},
      true,
    );
    expect(huge.rejected).toBeDefined();
  });

  it('rejects an untrusted sender and leaves unknown types to other routers', async () => {
    expect(
      (await route(contentToBg, handlers, { type: 'content->bg:peopleFound', payload: {} }, {}, false)).rejected,
    ).toMatch(/sender/);
    expect(await route(contentToBg, handlers, { type: 'panel->bg:today', payload: {} }, {}, true)).toEqual({
      handled: false,
    });
    expect(await route(contentToBg, handlers, 'garbage', {}, true)).toEqual({ handled: false });
    expect(await route(panelToBg, {}, { type: 'toString', payload: {} }, {}, true)).toEqual({ handled: false });
  });

  it('turns a handler error into a reply, never a throw', async () => {
    const out = await route(
      panelToBg,
      {
        'panel->bg:today': () => {
          throw new Error('boom');
        },
      },
      { type: 'panel->bg:today', payload: {} },
      {},
      true,
    );
    expect(out.reply).toEqual({ ok: false, error: 'boom' });
  });
});
