import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftLanded, insertDraft } from '../shared/insert-text';
import type { FindResult } from '../types';
import { instagramAdapter } from './index';
import { instagramView, instagramViewerKeys } from './parse';

function fixture(name: string): Document {
  const html = readFileSync(resolve(__dirname, '../../../tests/fixtures/instagram', name), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

const people = (r: FindResult) => r.people.map((p) => ({ name: p.displayName, keys: p.identities, view: p.view }));

describe('instagramAdapter', () => {
  it('matches instagram.com and tells the views apart', () => {
    expect(instagramAdapter.matches('https://www.instagram.com/nina.park/')).toBe(true);
    expect(instagramAdapter.matches('https://www.facebook.com/nina.park/')).toBe(false);
    expect(instagramView('https://www.instagram.com/direct/t/178/')).toBe('dm');
    expect(instagramView('https://www.instagram.com/nina.park/')).toBe('profile');
    expect(instagramView('https://www.instagram.com/nina.park/reels/')).toBe('profile');
    expect(instagramView('https://www.instagram.com/explore/')).toBe('other');
    expect(instagramView('https://www.instagram.com/p/C1abcDEF/')).toBe('other');
    expect(instagramView('https://www.instagram.com/direct/inbox/')).toBe('other');
  });
});

describe('profile page (2026-02)', () => {
  const doc = fixture('2026-02-profile.html');

  it('finds the profile owner with a clean name from the title, not the viewer or followers', () => {
    const result = instagramAdapter.find(doc, 'https://www.instagram.com/nina.park/');
    expect(people(result)).toEqual([{ name: 'Nina Park', keys: ['instagram:nina.park'], view: 'profile' }]);
    expect(result.people[0]?.anchor?.tagName).toBe('H2');
    expect(result.diagnostic).toBeUndefined();
  });

  it('reads the viewer from the left nav', () => {
    expect(instagramViewerKeys(doc, 'https://www.instagram.com/nina.park/')).toEqual(['instagram:sam.viewer']);
  });

  it('never reports the viewer on their own profile', () => {
    const result = instagramAdapter.find(doc, 'https://www.instagram.com/sam.viewer/');
    expect(result.people.flatMap((p) => p.identities)).not.toContain('instagram:sam.viewer');
  });

  it('ignores a stale title after SPA navigation and falls back to the header', () => {
    const result = instagramAdapter.find(doc, 'https://www.instagram.com/other.person/');
    expect(result.people[0]?.identities).toEqual(['instagram:other.person']);
    expect(result.people[0]?.displayName).not.toBe('Nina Park');
  });
});

describe('direct thread (2025-04)', () => {
  const doc = fixture('2025-04-dm-thread.html');
  const url = 'https://www.instagram.com/direct/t/17840000000000077/';

  it('finds the partner from the header, not the thread list, shared posts or the viewer', () => {
    const result = instagramAdapter.find(doc, url);
    expect(people(result)).toEqual([{ name: 'Lia Moss', keys: ['instagram:lia.moss'], view: 'dm' }]);
    expect(result.people[0]?.anchor?.tagName).toBe('H2');
    expect(instagramViewerKeys(doc, url)).toEqual(['instagram:sam.viewer']);
  });

  it('finds the Lexical message box', () => {
    const box = instagramAdapter.composeBox?.(doc);
    expect(box?.getAttribute('aria-label')).toBe('Message');
    expect(box?.getAttribute('data-lexical-editor')).toBe('true');
  });
});

describe('robustness', () => {
  it('never throws; diagnostics only where a person is expected', () => {
    const empty = new DOMParser().parseFromString('', 'text/html');
    expect(instagramAdapter.find(empty, 'https://www.instagram.com/').people).toEqual([]);
    expect(instagramAdapter.find(empty, 'https://www.instagram.com/').diagnostic).toBeUndefined();
    expect(instagramAdapter.find(empty, 'https://www.instagram.com/direct/t/1/').diagnostic).toMatchObject({
      site: 'instagram',
      view: 'dm',
    });
    const garbage = new DOMParser().parseFromString(
      '<main><a href="http://[">x</a><a href="/%E0%A4%A/">y</a></main>',
      'text/html',
    );
    expect(() => instagramAdapter.find(garbage, 'https://www.instagram.com/direct/t/1/')).not.toThrow();
    expect(instagramAdapter.find(garbage, '::').people).toEqual([]);
    expect(instagramAdapter.composeBox?.(empty)).toBeNull();
  });
});

describe('composeBox + insertDraft (live document)', () => {
  it('puts a draft into the box found on the page', () => {
    const html = readFileSync(resolve(__dirname, '../../../tests/fixtures/instagram/2025-04-dm-thread.html'), 'utf8');
    document.documentElement.innerHTML = new DOMParser().parseFromString(html, 'text/html').documentElement.innerHTML;
    const box = instagramAdapter.composeBox?.(document);
    expect(box).toBeTruthy();
    expect(insertDraft(box!, 'Hi! Great to hear from you')).toBe(true);
    expect(draftLanded(box!, 'Hi! Great to hear from you')).toBe(true);
  });
});
