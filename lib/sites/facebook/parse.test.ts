import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftLanded, insertDraft } from '../shared/insert-text';
import type { FindResult } from '../types';
import { facebookAdapter } from './index';
import { facebookView } from './parse';

function fixture(name: string): Document {
  const html = readFileSync(resolve(__dirname, '../../../tests/fixtures/facebook', name), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

const people = (r: FindResult) => r.people.map((p) => ({ name: p.displayName, keys: p.identities, view: p.view }));
const VIEWER_ID = 'facebook:id:100000000000099';

describe('facebookAdapter.matches', () => {
  it('serves facebook.com and messenger.com only', () => {
    expect(facebookAdapter.matches('https://www.facebook.com/jane')).toBe(true);
    expect(facebookAdapter.matches('https://www.messenger.com/t/1')).toBe(true);
    expect(facebookAdapter.matches('https://www.instagram.com/jane')).toBe(false);
    expect(facebookAdapter.matches('not a url')).toBe(false);
  });

  it('tells the views apart by URL', () => {
    expect(facebookView('https://www.facebook.com/messages/t/123/')).toBe('thread');
    expect(facebookView('https://www.facebook.com/messages/e2ee/t/123/')).toBe('thread');
    expect(facebookView('https://www.messenger.com/t/123/')).toBe('thread');
    expect(facebookView('https://www.facebook.com/groups/1/members')).toBe('members');
    expect(facebookView('https://www.facebook.com/jane.doe')).toBe('profile');
    expect(facebookView('https://www.facebook.com/jane.doe/about')).toBe('profile');
    expect(facebookView('https://www.facebook.com/profile.php?id=100012345')).toBe('profile');
    expect(facebookView('https://www.facebook.com/')).toBe('feed');
    expect(facebookView('https://www.facebook.com/groups/1')).toBe('feed');
    expect(facebookView('https://www.facebook.com/jane.doe/posts/pfbid02x')).toBe('feed');
  });
});

describe('Messenger thread on facebook.com (2023-11)', () => {
  const doc = fixture('2023-11-messenger-thread.html');
  const result = facebookAdapter.find(doc, 'https://www.facebook.com/messages/t/100000000000011');

  it('finds the thread partner (clean name, id key) and the 1:1 chats of the chat list', () => {
    expect(people(result)).toEqual([
      { name: 'Ana Lima', keys: ['facebook:id:100000000000011'], view: 'thread' },
      { name: 'Bruno Costa', keys: ['facebook:id:100000000000012'], view: 'inbox' },
    ]);
    expect(result.diagnostic).toBeUndefined();
  });

  it('anchors the partner at the header link, skips groups, e2ee rows and links shared in messages', () => {
    expect(result.people[0]?.anchor?.getAttribute('aria-label')).toBe('Ana Lima 🌸');
    const keys = result.people.flatMap((p) => p.identities);
    expect(keys).not.toContain('facebook:id:6000000000000009');
    expect(keys).not.toContain('facebook:zeca.shared.profile');
    expect(keys).not.toContain(VIEWER_ID);
  });

  it('finds the Lexical composer', () => {
    const box = facebookAdapter.composeBox?.(doc);
    expect(box?.getAttribute('data-lexical-editor')).toBe('true');
    expect(box?.getAttribute('aria-label')).toBe('Message');
  });
});

describe('Messenger thread on messenger.com (2026-05)', () => {
  const doc = fixture('2026-05-messenger-com-thread.html');
  const result = facebookAdapter.find(doc, 'https://www.messenger.com/t/100000000000021');

  it('finds the partner by vanity plus the thread id of the open chat row, never the viewer', () => {
    expect(people(result)).toEqual([
      { name: 'Chidi Okafor', keys: ['facebook:chidi.okafor.77', 'facebook:id:100000000000021'], view: 'thread' },
    ]);
    expect(facebookAdapter.composeBox?.(doc)?.getAttribute('role')).toBe('textbox');
  });
});

describe('profile page (2026-04)', () => {
  const doc = fixture('2026-04-profile.html');

  it('finds the profile owner, the post author and commenters, without the viewer', () => {
    const result = facebookAdapter.find(doc, 'https://www.facebook.com/jane.rivers.55');
    expect(people(result)).toEqual([
      { name: 'Jane Rivers', keys: ['facebook:jane.rivers.55'], view: 'profile' },
      { name: 'Marco Diaz', keys: ['facebook:marco.diaz.9'], view: 'comments' },
      { name: 'Priya Nair', keys: ['facebook:id:100000000000044'], view: 'comments' },
    ]);
    expect(result.people[0]?.anchor?.tagName).toBe('H1');
    expect(result.diagnostic).toBeUndefined();
  });

  it('keys a profile.php?id= page by id', () => {
    const result = facebookAdapter.find(doc, 'https://www.facebook.com/profile.php?id=100000000000055');
    expect(result.people[0]).toMatchObject({ displayName: 'Jane Rivers', identities: ['facebook:id:100000000000055'] });
  });

  it('falls back to the title, and reports a diagnostic when a profile URL shows no name', () => {
    const bare = new DOMParser().parseFromString(
      '<title>Kim Lee | Facebook</title><div role="main"></div>',
      'text/html',
    );
    expect(people(facebookAdapter.find(bare, 'https://www.facebook.com/kim.lee'))).toEqual([
      { name: 'Kim Lee', keys: ['facebook:kim.lee'], view: 'profile' },
    ]);
    const empty = new DOMParser().parseFromString('<div role="main"></div>', 'text/html');
    const result = facebookAdapter.find(empty, 'https://www.facebook.com/kim.lee');
    expect(result.people).toEqual([]);
    expect(result.diagnostic).toMatchObject({ site: 'facebook', view: 'profile' });
  });
});

describe('group members (2026-04)', () => {
  it('lists members by their group-scoped user ids, with clean names, without the viewer', () => {
    const result = facebookAdapter.find(
      fixture('2026-04-group-members.html'),
      'https://www.facebook.com/groups/880000000000001/members',
    );
    expect(people(result)).toEqual([
      { name: 'Sofia Almeida', keys: ['facebook:id:100000000000031'], view: 'members' },
      { name: 'Tomás Ruiz', keys: ['facebook:id:100000000000032'], view: 'members' },
      { name: 'Lena Fischer', keys: ['facebook:id:100000000000033'], view: 'members' },
    ]);
  });
});

describe('group feed without role=article (2026-08)', () => {
  it('finds post authors from the feed children, without the viewer', () => {
    const result = facebookAdapter.find(
      fixture('2026-08-group-feed.html'),
      'https://www.facebook.com/groups/880000000000001',
    );
    expect(people(result)).toEqual([
      { name: 'Sofia Almeida', keys: ['facebook:id:100000000000031'], view: 'post' },
      { name: 'Kai Tanaka', keys: ['facebook:kai.tanaka.3'], view: 'post' },
    ]);
    expect(result.diagnostic).toBeUndefined();
  });
});

describe('robustness', () => {
  it('never throws on empty or garbage input', () => {
    const empty = new DOMParser().parseFromString('', 'text/html');
    expect(facebookAdapter.find(empty, 'https://www.facebook.com/').people).toEqual([]);
    const garbage = new DOMParser().parseFromString(
      '<a href="http://[">x</a><div role="main"><a aria-label="<b>x</b>" href="%%%">',
      'text/html',
    );
    expect(() => facebookAdapter.find(garbage, 'https://www.facebook.com/messages/t/1')).not.toThrow();
    expect(facebookAdapter.find(garbage, 'not a url').people).toEqual([]);
    expect(facebookAdapter.composeBox?.(empty)).toBeNull();
  });

  it('gives no diagnostic for an open group thread (no single partner)', () => {
    const doc = fixture('2023-11-messenger-thread.html');
    doc.querySelector('a[aria-current="page"]')?.setAttribute('aria-current', 'false');
    doc.querySelector('a[href*="6000000000000009"]')?.setAttribute('aria-current', 'page');
    doc.querySelector('[aria-label^="Conversation with"] a[aria-label]')?.remove();
    doc.querySelector('[aria-label="Profile"]')?.remove();
    doc.querySelector('[aria-label^="Conversation with"] span a')?.remove();
    const result = facebookAdapter.find(doc, 'https://www.facebook.com/messages/t/6000000000000009');
    expect(result.people.map((p) => p.view)).toEqual(['inbox', 'inbox']);
    expect(result.diagnostic).toBeUndefined();
  });

  it('returns a diagnostic when a thread URL shows no partner', () => {
    const empty = new DOMParser().parseFromString('<div role="main"></div>', 'text/html');
    expect(facebookAdapter.find(empty, 'https://www.facebook.com/messages/t/100000000000011').diagnostic).toMatchObject(
      {
        site: 'facebook',
        view: 'thread',
      },
    );
  });
});

describe('composeBox + insertDraft (live document)', () => {
  it('puts a draft into the box found on the page', () => {
    const html = readFileSync(
      resolve(__dirname, '../../../tests/fixtures/facebook/2023-11-messenger-thread.html'),
      'utf8',
    );
    document.documentElement.innerHTML = new DOMParser().parseFromString(html, 'text/html').documentElement.innerHTML;
    const box = facebookAdapter.composeBox?.(document);
    expect(box).toBeTruthy();
    expect(insertDraft(box!, 'Hi! Great to hear from you')).toBe(true);
    expect(draftLanded(box!, 'Hi! Great to hear from you')).toBe(true);
  });
});
