/**
 * The Facebook, Instagram, LinkedIn and X adapters over the real captures in ../shared/fixtures/pages,
 * asserting what fixtures/SOURCES.md lists for each one (the people and their keys; the viewer absent).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { facebookAdapter } from '../../lib/sites/facebook';
import { facebookViewerKeys } from '../../lib/sites/facebook/viewer';
import { instagramAdapter } from '../../lib/sites/instagram';
import { instagramViewerKeys } from '../../lib/sites/instagram/parse';
import { linkedinAdapter } from '../../lib/sites/linkedin';
import { linkedinViewerKeys } from '../../lib/sites/linkedin/viewer';
import type { FindResult } from '../../lib/sites/types';
import { xAdapter } from '../../lib/sites/x';
import { SHARED_FIXTURES } from './require-shared';

/** Parses a capture. Only resource loads are neutralised (happy-dom would fetch stylesheets and scripts). */
function load(rel: string): Document {
  const html = readFileSync(resolve(SHARED_FIXTURES, 'pages', rel), 'utf8')
    .replace(/<link\b[^>]*>/gi, '')
    .replace(/<(script|iframe)\b([^>]*?)\ssrc=/gi, '<$1$2 data-src=');
  return new DOMParser().parseFromString(html, 'text/html');
}

const people = (r: FindResult) => r.people.map((p) => ({ name: p.displayName, keys: p.identities, view: p.view }));
const allKeys = (r: FindResult) => r.people.flatMap((p) => p.identities);
const allNames = (r: FindResult) => r.people.map((p) => p.displayName);

describe('facebook/2023-11-messenger-thread-anon.html', () => {
  const doc = load('facebook/2023-11-messenger-thread-anon.html');
  const url = 'https://www.facebook.com/messages/t/100000000000001';
  const result = facebookAdapter.find(doc, url);

  it('finds the open thread partner Rowan Ellis Hart by the profile link of the header', () => {
    expect(result.people[0]).toMatchObject({
      displayName: 'Rowan Ellis Hart',
      identities: ['facebook:id:100000000000001'],
      view: 'thread',
    });
    expect(result.people[0]?.anchor?.getAttribute('href')).toBe('https://www.facebook.com/100000000000001/');
    expect(result.diagnostic).toBeUndefined();
  });

  it('lists the 1:1 chats of the chat list, not the group, each once', () => {
    expect(people(result)).toEqual([
      { name: 'Rowan Ellis Hart', keys: ['facebook:id:100000000000001'], view: 'thread' },
      { name: 'Mira Jane Holt', keys: ['facebook:id:100000000000002'], view: 'inbox' },
      { name: 'Theo Marsh', keys: ['facebook:id:100000000000003'], view: 'inbox' },
      { name: 'Owen Pike', keys: ['facebook:id:100000000000004'], view: 'inbox' },
    ]);
    expect(allKeys(result)).not.toContain('facebook:id:6000000000000001');
    expect(allNames(result)).not.toContain('Study Group 12 (Web Basics Course)');
  });

  it('knows the viewer Sky Morgan (100000000000099) and never reports them', () => {
    expect(facebookViewerKeys(doc)).toEqual(['facebook:id:100000000000099']);
    expect(allKeys(result)).not.toContain('facebook:id:100000000000099');
    expect(allNames(result)).not.toContain('Sky Morgan');
  });

  it('finds the Lexical composer', () => {
    const box = facebookAdapter.composeBox?.(doc);
    expect(
      box?.matches('div[role="textbox"][contenteditable="true"][data-lexical-editor="true"][aria-label="Message"]'),
    ).toBe(true);
    expect(box?.classList.contains('notranslate')).toBe(true);
    expect(box?.getAttribute('aria-describedby')).toBe(':r7q:');
  });
});

describe('instagram/2025-04-dm-anon.html', () => {
  const doc = load('instagram/2025-04-dm-anon.html');
  const url = 'https://www.instagram.com/direct/t/17840000000000001/';
  const result = instagramAdapter.find(doc, url);

  it("finds the partner river.stone_22 from the header (all messages are the viewer's)", () => {
    expect(people(result)).toEqual([{ name: 'river.stone_22', keys: ['instagram:river.stone_22'], view: 'dm' }]);
    expect(result.diagnostic).toBeUndefined();
  });

  it('knows the viewer maple.harbor_19 and never reports them', () => {
    expect(instagramViewerKeys(doc, url)).toEqual(['instagram:maple.harbor_19']);
    expect(allKeys(result)).not.toContain('instagram:maple.harbor_19');
  });

  it('reports no thread-list entry (names only, no links) and not lark.willow_03 from the notes tray', () => {
    for (const name of ['kiwi', '✧☾✦☽✧', 'Nora', 'quiet otter']) expect(allNames(result)).not.toContain(name);
    expect(allKeys(result)).not.toContain('instagram:lark.willow_03');
  });

  it('finds the Lexical message box', () => {
    const box = instagramAdapter.composeBox?.(doc);
    expect(
      box?.matches('div[role="textbox"][contenteditable="true"][data-lexical-editor="true"][aria-label="Message"]'),
    ).toBe(true);
    expect(box?.getAttribute('aria-placeholder')).toBe('Message...');
  });
});

describe('instagram/2024-12-profile.html (logged out, SSR head only)', () => {
  it('finds Pluto, pluto__travel from the title and og: tags', () => {
    const doc = load('instagram/2024-12-profile.html');
    const result = instagramAdapter.find(doc, 'https://www.instagram.com/pluto__travel/');
    expect(people(result)).toEqual([{ name: 'Pluto', keys: ['instagram:pluto__travel'], view: 'profile' }]);
    expect(instagramViewerKeys(doc, 'https://www.instagram.com/pluto__travel/')).toEqual([]);
  });
});

describe('linkedin/2024-08-profile.html', () => {
  const doc = load('linkedin/2024-08-profile.html');
  const url = 'https://www.linkedin.com/in/eduardo-alvarez-nowak/';
  const result = linkedinAdapter.find(doc, url);

  it('finds Eduardo Alvarez Nowak by his /in/ slug', () => {
    expect(people(result)).toEqual([
      { name: 'Eduardo Alvarez Nowak', keys: ['linkedin:eduardo-alvarez-nowak'], view: 'profile' },
    ]);
    expect(result.people[0]?.anchor?.tagName).toBe('H1');
  });

  it('knows the viewer Novare Potential and never reports them', () => {
    expect(linkedinViewerKeys([doc], url)).toEqual(['linkedin:novare-potential-7975a4243']);
    expect(allKeys(result)).not.toContain('linkedin:novare-potential-7975a4243');
    expect(allNames(result)).not.toContain('Novare Potential');
    const own = linkedinAdapter.find(doc, 'https://www.linkedin.com/in/novare-potential-7975a4243/');
    expect(allKeys(own)).not.toContain('linkedin:novare-potential-7975a4243');
  });
});

describe('linkedin/2026-topcard.html', () => {
  it('finds Costa Vasili from the SDUI top card, not the mutual connection Rishi', () => {
    const doc = load('linkedin/2026-topcard.html');
    const result = linkedinAdapter.find(doc, 'https://www.linkedin.com/in/costavasili/');
    expect(people(result)).toEqual([{ name: 'Costa Vasili', keys: ['linkedin:costavasili'], view: 'profile' }]);
    expect(result.people[0]?.anchor?.tagName).toBe('H2');
    expect(allNames(result).join(' ')).not.toContain('Rishi');
  });
});

describe('x/2025-12-profile.html (logged out)', () => {
  const doc = load('x/2025-12-profile.html');
  const result = xAdapter.find(doc, 'https://x.com/Kikobeats');

  it('finds Kiko Beats, @Kikobeats, as the profile, first', () => {
    expect(result.people[0]).toMatchObject({ displayName: 'Kiko Beats', identities: ['x:kikobeats'], view: 'profile' });
    expect(result.people[0]?.anchor?.getAttribute('data-testid')).toBe('UserName');
    expect(result.diagnostic).toBeUndefined();
  });

  it('does not report the bio links /vercel and /microlinkhq', () => {
    expect(allKeys(result)).not.toContain('x:vercel');
    expect(allKeys(result)).not.toContain('x:microlinkhq');
  });

  it('also reports the author of the quoted post in the timeline (not listed in SOURCES.md, but a post author)', () => {
    expect(people(result)).toEqual([
      { name: 'Kiko Beats', keys: ['x:kikobeats'], view: 'profile' },
      { name: 'Guillermo Rauch', keys: ['x:rauchg'], view: 'post' },
    ]);
  });
});
