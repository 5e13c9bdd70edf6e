import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftLanded, insertDraft } from '../shared/insert-text';
import type { FindResult } from '../types';
import { xAdapter } from './index';
import { xView, xViewerKeys } from './parse';

function fixture(name: string): Document {
  const html = readFileSync(resolve(__dirname, '../../../tests/fixtures/x', name), 'utf8');
  const doc = new DOMParser().parseFromString(html, 'text/html');
  // Declarative shadow DOM in a fixture stands for the page's open shadow root: attach it.
  for (const template of doc.querySelectorAll<HTMLTemplateElement>('template[shadowrootmode="open"]')) {
    const shadow = template.parentElement!.attachShadow({ mode: 'open' });
    shadow.append(template.content.cloneNode(true));
    template.remove();
  }
  return doc;
}

const people = (r: FindResult) => r.people.map((p) => ({ name: p.displayName, keys: p.identities, view: p.view }));
const VIEWER = 'x:dan_viewer';

describe('xAdapter', () => {
  it('matches x.com and twitter.com and tells the views apart', () => {
    expect(xAdapter.matches('https://x.com/jane')).toBe(true);
    expect(xAdapter.matches('https://twitter.com/jane')).toBe(true);
    expect(xAdapter.matches('https://www.x.com.evil.example/jane')).toBe(false);
    expect(xView('https://x.com/jane')).toBe('profile');
    expect(xView('https://x.com/jane/with_replies')).toBe('profile');
    expect(xView('https://x.com/jane/status/1')).toBe('timeline');
    expect(xView('https://x.com/home')).toBe('timeline');
    expect(xView('https://x.com/i/chat/1-2')).toBe('chat');
    expect(xView('https://x.com/messages/1-2')).toBe('chat');
  });
});

describe('profile page (2025-12)', () => {
  const doc = fixture('2025-12-profile.html');
  const url = 'https://x.com/ruth_okoye';

  it('finds the profile owner first, then post authors (quoted ones too), without bio/text mentions or the viewer', () => {
    const result = xAdapter.find(doc, url);
    expect(people(result)).toEqual([
      { name: 'Ruth Okoye', keys: ['x:ruth_okoye'], view: 'profile' },
      { name: 'Adé Writes', keys: ['x:ade_writes'], view: 'post' },
      { name: 'Leo Martins', keys: ['x:leo_m'], view: 'post' },
    ]);
    expect(result.people[0]?.anchor?.getAttribute('data-testid')).toBe('UserName');
    expect(result.diagnostic).toBeUndefined();
  });

  it('reads the viewer from the nav and the account switcher', () => {
    expect(xViewerKeys(doc, url)).toEqual([VIEWER]);
  });

  it('does not take a stale header for another profile (SPA navigation)', () => {
    const result = xAdapter.find(doc, 'https://x.com/someone_else');
    expect(result.people.find((p) => p.view === 'profile')).toBeUndefined();
    expect(result.diagnostic).toMatchObject({ site: 'x', view: 'profile' });
  });
});

describe('home timeline (2026-03)', () => {
  it('finds each post author once, with clean names and lower-cased keys', () => {
    const result = xAdapter.find(fixture('2026-03-home-timeline.html'), 'https://x.com/home');
    expect(people(result)).toEqual([
      { name: 'Sara K.', keys: ['x:sara_k'], view: 'post' },
      { name: 'Tom', keys: ['x:tombrady_fan'], view: 'post' },
    ]);
    expect(result.diagnostic).toBeUndefined();
  });
});

describe('XChat in an open shadow root (2026-03)', () => {
  const doc = fixture('2026-03-xchat.html');

  it('finds the conversation partner, not people mentioned in messages or the viewer', () => {
    expect(doc.querySelector('[data-testid="dm-conversation-header"]')).toBeNull(); // really in the shadow root
    const result = xAdapter.find(doc, 'https://x.com/i/chat/1500000000000000001-1600000000000000002');
    expect(people(result)).toEqual([{ name: 'Mina Cho', keys: ['x:mina_cho'], view: 'dm' }]);
    expect(result.people[0]?.anchor?.getAttribute('data-testid')).toBe('dm-conversation-username');
  });

  it('finds the chat textarea', () => {
    expect(xAdapter.composeBox?.(doc)?.tagName).toBe('TEXTAREA');
  });
});

describe('legacy DMs (2025-06)', () => {
  const doc = fixture('2025-06-legacy-dm.html');

  it('finds 1:1 conversation rows and the Draft.js box', () => {
    const result = xAdapter.find(doc, 'https://x.com/messages/1500000000000000001-1600000000000000003');
    expect(people(result)).toEqual([{ name: 'Pablo Ruiz', keys: ['x:pablo_r'], view: 'inbox' }]);
    expect(xViewerKeys(doc, 'https://x.com/messages')).toEqual([VIEWER]);
    const box = xAdapter.composeBox?.(doc);
    expect(box?.classList.contains('public-DraftEditor-content')).toBe(true);
  });
});

describe('robustness', () => {
  it('never throws; diagnostics only where a person is expected', () => {
    const empty = new DOMParser().parseFromString('', 'text/html');
    expect(xAdapter.find(empty, 'https://x.com/home')).toEqual({ people: [], viewer: expect.anything() });
    expect(xAdapter.find(empty, 'https://x.com/i/chat')).toEqual({ people: [], viewer: expect.anything() });
    expect(xAdapter.find(empty, 'https://x.com/jane').diagnostic).toMatchObject({ site: 'x', view: 'profile' });
    const garbage = new DOMParser().parseFromString(
      '<div data-testid="User-Name"><a href="http://[">@@@</a></div><div data-testid="UserName">@</div>',
      'text/html',
    );
    expect(() => xAdapter.find(garbage, 'https://x.com/jane')).not.toThrow();
    expect(xAdapter.find(garbage, '%%').people).toEqual([]);
    expect(xAdapter.composeBox?.(empty)).toBeNull();
  });
});

describe('composeBox + insertDraft (live document)', () => {
  it('puts a draft into the box found on the page', () => {
    const html = readFileSync(resolve(__dirname, '../../../tests/fixtures/x/2025-06-legacy-dm.html'), 'utf8');
    document.documentElement.innerHTML = new DOMParser().parseFromString(html, 'text/html').documentElement.innerHTML;
    const box = xAdapter.composeBox?.(document);
    expect(box).toBeTruthy();
    expect(insertDraft(box!, 'Hi! Great to hear from you')).toBe(true);
    expect(draftLanded(box!, 'Hi! Great to hear from you')).toBe(true);
  });
});
