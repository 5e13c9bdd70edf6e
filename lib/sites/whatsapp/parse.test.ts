import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { whatsappAdapter } from './index';
import { parseDataId, preAuthor } from './parse';

const URL_ = 'https://web.whatsapp.com/';

function load(name: string): Document {
  const html = readFileSync(resolve(__dirname, '../../../tests/fixtures/whatsapp', name), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

const summary = (doc: Document) =>
  whatsappAdapter.find(doc, URL_).people.map((p) => `${p.view} | ${p.displayName} | ${p.identities.join(',')}`);

describe('whatsapp adapter', () => {
  it('reads data-id and data-pre-plain-text', () => {
    expect(parseDataId('false_120363@g.us_MSG1_4917012345678@c.us')).toEqual({
      fromMe: false,
      chat: '120363@g.us',
      participant: '4917012345678@c.us',
    });
    expect(parseDataId('true_4915123456789@c.us_3EB0')?.fromMe).toBe(true);
    expect(parseDataId('chat-list-item')).toBeNull();
    expect(preAuthor('[13:52, 22/03/2026] +65 9000 0001: ')).toBe('+65 9000 0001');
    expect(preAuthor('[8:05 pm, 14/12/2025] Jordan Poe: ')).toBe('Jordan Poe');
  });

  it('group: authors with numbers (header, pre-plain-text, participant JID), quoted authors; not the group or the viewer', () => {
    expect(summary(load('2026-03-group.html'))).toEqual([
      'group | Ana Costa | whatsapp:+5511912345678',
      'group | Bruno Keller | whatsapp:+4917012345678',
      'group | Chidi Okafor | whatsapp:+2348035550147',
    ]);
    const anchor = whatsappAdapter.find(load('2026-03-group.html'), URL_).people[0]?.anchor;
    expect(anchor?.classList.contains('_ahxy')).toBe(true);
  });

  it('one-to-one chat: the header name and the number from the chat JID; the viewer never', () => {
    expect(summary(load('2026-03-chat.html'))).toEqual(['chat | Lena Fischer | whatsapp:+4915123456789']);
  });

  it('composeBox is the footer composer, not the side search box', () => {
    const box = whatsappAdapter.composeBox?.(load('2026-03-group.html'));
    expect(box?.getAttribute('data-tab')).toBe('10');
    expect(whatsappAdapter.composeBox?.(new DOMParser().parseFromString('<p>x</p>', 'text/html'))).toBeNull();
  });

  it('says why when a chat shows no number, and never throws on garbage', () => {
    const lid = new DOMParser().parseFromString(
      `<div id="main"><header><span dir="auto" title="Sam">Sam</span></header>
       <div data-id="false_100000000777@lid_3EB0"><div class="message-in">hi</div></div></div>`,
      'text/html',
    );
    const result = whatsappAdapter.find(lid, URL_);
    expect(result.people).toEqual([]);
    expect(result.diagnostic?.view).toBe('chat');
    const empty = new DOMParser().parseFromString('<div id="app">Loading</div>', 'text/html');
    expect(whatsappAdapter.find(empty, URL_)).toEqual({ people: [], viewer: expect.anything() });
    const garbage = new DOMParser().parseFromString(
      '<div id="main"><div data-id="false_x@g.us_1" data-pre-plain-text="[[[: : :"><div role=""><span dir="auto">+1</span></div></div></div>',
      'text/html',
    );
    expect(whatsappAdapter.find(garbage, URL_).people).toEqual([]);
    expect(() => whatsappAdapter.find(null as unknown as Document, URL_)).not.toThrow();
  });

  it('a header that is a phone number is an unsaved contact', () => {
    const doc = new DOMParser().parseFromString(
      '<div id="main"><header><span dir="auto" title="+44 7700 900123">+44 7700 900123</span></header></div>',
      'text/html',
    );
    expect(summary(doc)).toEqual(['chat | +44 7700 900123 | whatsapp:+447700900123']);
  });
});
