import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gmailAdapter } from './index';

function load(name: string): { doc: Document; url: string } {
  const html = readFileSync(resolve(__dirname, '../../../tests/fixtures/gmail', name), 'utf8');
  const url = html.match(/^<!--\s*(\S+)\s*-->/)?.[1] ?? '';
  return { doc: new DOMParser().parseFromString(html, 'text/html'), url };
}

const summary = (doc: Document, url: string) =>
  gmailAdapter.find(doc, url).people.map((p) => ({ name: p.displayName, keys: p.identities, view: p.view }));

describe('gmail adapter', () => {
  it('matches Gmail only', () => {
    expect(gmailAdapter.matches('https://mail.google.com/mail/u/0/#inbox')).toBe(true);
    expect(gmailAdapter.matches('https://google.com/mail')).toBe(false);
    expect(gmailAdapter.matches('not a url')).toBe(false);
  });

  it('thread: sender, To and Cc from span[email]; never the owner, the body or no-reply', () => {
    const { doc, url } = load('2026-07-thread.html');
    expect(summary(doc, url)).toEqual([
      { name: 'Marisol Quintero', keys: ['email:marisol.quintero@example.org'], view: 'thread' },
      { name: 'Kwame Asante', keys: ['email:kwame.asante@example.net'], view: 'thread' },
      { name: 'li.wei@example.cn', keys: ['email:li.wei@example.cn'], view: 'thread' },
    ]);
    const { people, diagnostic } = gmailAdapter.find(doc, url);
    expect(diagnostic).toBeUndefined();
    expect(people[0]?.anchor?.getAttribute('class')).toBe('gD');
  });

  it('inbox rows: one person per sender, the owner ("me") and no-reply senders dropped', () => {
    const { doc, url } = load('2014-12-inbox.html');
    expect(summary(doc, url)).toEqual([
      { name: 'Rosa Delgado', keys: ['email:rosa.delgado@example.com'], view: 'inbox' },
      { name: 'Jon Baptiste', keys: ['email:jon.baptiste@example.net'], view: 'inbox' },
      { name: 'Shop Team', keys: ['email:news@shop.example.org'], view: 'inbox' },
    ]);
  });

  it('compose: recipient chips, not the owner in Cc; composeBox finds the body', () => {
    const { doc, url } = load('2026-04-compose.html');
    expect(summary(doc, url)).toEqual([
      { name: 'Inês Ferreira', keys: ['email:ines.ferreira@example.pt'], view: 'compose' },
      { name: 'omar.haddad@example.com', keys: ['email:omar.haddad@example.com'], view: 'compose' },
    ]);
    expect(gmailAdapter.composeBox?.(doc)?.getAttribute('g_editable')).toBe('true');
    expect(gmailAdapter.composeBox?.(load('2014-12-inbox.html').doc)).toBeNull();
  });

  it('owner found by the account button alone (any language), and old chips read', () => {
    const doc = new DOMParser().parseFromString(
      `<title>Posteingang</title>
       <a href="https://accounts.google.com/SignOutOptions" aria-label="Google-Konto: Kim (kim@example.de)"></a>
       <div role="main"><span email="kim@example.de" name="Kim">Kim</span><span id="ute" email="ute@example.de">Ute</span></div>
       <div class="M9"><div class="vR"><span class="vN" email="x@example.de">X</span></div><div class="vR"><input type="hidden"></div></div>`,
      'text/html',
    );
    // setAttribute: happy-dom's parser decodes no entity but &amp; in attributes (browsers decode all)
    doc.getElementById('ute')?.setAttribute('name', 'Ute <b>Roth</b>\u0007');
    doc.querySelector('input')?.setAttribute('value', '"Jo Ko" <jo@example.de>');
    expect(summary(doc, 'https://mail.google.com/mail/u/0/#inbox')).toEqual([
      { name: 'Ute Roth', keys: ['email:ute@example.de'], view: 'thread' },
      { name: 'X', keys: ['email:x@example.de'], view: 'compose' },
      { name: 'Jo Ko', keys: ['email:jo@example.de'], view: 'compose' },
    ]);
  });

  it('owner from a Workspace title, never from an address in the subject', () => {
    const doc = new DOMParser().parseFromString(
      `<title>Fwd: from bob@example.com - lee@corp.example - Corp Mail</title>
       <div role="main"><span email="lee@corp.example" name="Lee">Lee</span><span email="bob@example.com" name="Bob">Bob</span></div>`,
      'text/html',
    );
    expect(summary(doc, '').map((p) => p.keys[0])).toEqual(['email:bob@example.com']);
  });

  it('says why when a thread URL shows no people, and never throws on garbage', () => {
    const empty = new DOMParser().parseFromString('<div role="main"><p>Loading…</p></div>', 'text/html');
    const result = gmailAdapter.find(empty, 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQZTzvlbqNkWmcTqxbHrKwpLDsc');
    expect(result.people).toEqual([]);
    expect(result.diagnostic?.view).toBe('thread');
    expect(gmailAdapter.find(empty, 'https://mail.google.com/mail/u/0/#inbox').diagnostic).toBeUndefined();
    expect(gmailAdapter.find(empty, 'https://mail.google.com/mail/u/0/#settings/general').diagnostic).toBeUndefined();
    const garbage = new DOMParser().parseFromString('<span email="<<>>" name="x"><span email="">', 'text/html');
    expect(gmailAdapter.find(garbage, '').people).toEqual([]);
    expect(gmailAdapter.find(document.createElement('div'), 'https://mail.google.com/').people).toEqual([]);
    expect(() => gmailAdapter.find(null as unknown as Document, '')).not.toThrow();
  });
});
