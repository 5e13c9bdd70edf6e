import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftLanded, insertDraft } from '../shared/insert-text';
import type { FindResult } from '../types';
import { linkedinAdapter } from './index';
import { linkedinView } from './parse';
import { linkedinViewerKeys } from './viewer';

function fixture(name: string): Document {
  const html = readFileSync(resolve(__dirname, '../../../tests/fixtures/linkedin', name), 'utf8');
  const doc = new DOMParser().parseFromString(html, 'text/html');
  // Declarative shadow DOM in a fixture stands for the page's open shadow root: attach it.
  for (const template of doc.querySelectorAll<HTMLTemplateElement>('template[shadowrootmode="open"]')) {
    const host = template.parentElement!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.append(template.content.cloneNode(true));
    template.remove();
  }
  return doc;
}

const people = (r: FindResult) => r.people.map((p) => ({ name: p.displayName, keys: p.identities, view: p.view }));
const VIEWER = 'linkedin:victor-viewer-77ab';

describe('linkedinAdapter', () => {
  it('matches linkedin.com and tells the views apart', () => {
    expect(linkedinAdapter.matches('https://www.linkedin.com/in/jane/')).toBe(true);
    expect(linkedinAdapter.matches('https://linkedin.example.com/in/jane/')).toBe(false);
    expect(linkedinView('https://www.linkedin.com/in/jane-doe/')).toBe('profile');
    expect(linkedinView('https://www.linkedin.com/search/results/people/?keywords=x')).toBe('search');
    expect(linkedinView('https://www.linkedin.com/messaging/thread/2-abc/')).toBe('messaging');
    expect(linkedinView('https://www.linkedin.com/feed/')).toBe('other');
  });
});

describe('profile page, 2024 Ember markup', () => {
  const doc = fixture('2024-07-profile.html');
  const url = 'https://www.linkedin.com/in/maria-gomez-4a1b2c/';

  it('finds only the profile owner (not "people also viewed", not the viewer)', () => {
    const result = linkedinAdapter.find(doc, url);
    expect(people(result)).toEqual([{ name: 'Maria Gomez', keys: ['linkedin:maria-gomez-4a1b2c'], view: 'profile' }]);
    expect(result.people[0]?.anchor?.tagName).toBe('H1');
  });

  it('reads the viewer from the Me menu in the embedded JSON', () => {
    expect(linkedinViewerKeys([doc], url)).toEqual([VIEWER]);
    expect(linkedinAdapter.find(doc, 'https://www.linkedin.com/in/victor-viewer-77ab/').people).toEqual([]);
  });

  it('falls back to the photo alt (without #OPEN_TO_WORK), then the title', () => {
    doc.querySelector('h1')?.remove();
    expect(people(linkedinAdapter.find(doc, url))[0]?.name).toBe('Maria Gomez');
    doc.querySelector('img[width="200"]')?.remove();
    expect(people(linkedinAdapter.find(doc, url))[0]?.name).toBe('Maria Gomez');
  });
});

describe('profile page, 2026 SDUI top card', () => {
  it('finds the owner from the top card h2', () => {
    const doc = fixture('2026-05-profile-topcard.html');
    const result = linkedinAdapter.find(doc, 'https://www.linkedin.com/in/kenji-watanabe/');
    expect(people(result)).toEqual([{ name: 'Kenji Watanabe', keys: ['linkedin:kenji-watanabe'], view: 'profile' }]);
    expect(result.people[0]?.anchor?.tagName).toBe('H2');
    expect(result.diagnostic).toBeUndefined();
  });
});

describe('people search', () => {
  it('finds one person per result with clean names, not mutual connections or the viewer', () => {
    const doc = fixture('2025-10-search-people.html');
    const result = linkedinAdapter.find(doc, 'https://www.linkedin.com/search/results/people/?keywords=wellness');
    expect(people(result)).toEqual([
      { name: 'Aisha Bello', keys: ['linkedin:aisha-bello-12'], view: 'search' },
      { name: 'Luis Ortega', keys: ['linkedin:luis-ortega-5'], view: 'search' },
    ]);
  });
});

describe('messaging', () => {
  it('finds the thread partner on the full page, not the viewer or links in messages', () => {
    const doc = fixture('2026-02-messaging-thread.html');
    const result = linkedinAdapter.find(doc, 'https://www.linkedin.com/messaging/thread/2-ZmFrZS10aHJlYWQ=/');
    expect(people(result)).toEqual([{ name: 'Grace Liu', keys: ['linkedin:grace-liu-88'], view: 'messaging' }]);
    expect(result.people[0]?.anchor?.tagName).toBe('H2');
    const box = linkedinAdapter.composeBox?.(doc);
    expect(box?.classList.contains('msg-form__contenteditable')).toBe(true);
  });

  it('finds the overlay partner and composer inside the open shadow root', () => {
    const doc = fixture('2026-07-messaging-overlay.html');
    expect(doc.querySelector('.msg-form__contenteditable')).toBeNull(); // really in the shadow root
    const result = linkedinAdapter.find(doc, 'https://www.linkedin.com/in/kenji-watanabe/');
    expect(people(result)).toEqual([{ name: 'Kenji Watanabe', keys: ['linkedin:kenji-watanabe'], view: 'profile' }]);
    const onFeed = linkedinAdapter.find(doc, 'https://www.linkedin.com/feed/');
    expect(people(onFeed)).toEqual([{ name: 'Kenji Watanabe', keys: ['linkedin:kenji-watanabe'], view: 'messaging' }]);
    expect(onFeed.people.flatMap((p) => p.identities)).not.toContain(VIEWER);
    const box = linkedinAdapter.composeBox?.(doc);
    expect(box?.getAttribute('aria-label')).toBe('Escribe un mensaje…');
  });
});

describe('robustness', () => {
  it('never throws; diagnostics only where a person is expected', () => {
    const empty = new DOMParser().parseFromString('', 'text/html');
    expect(linkedinAdapter.find(empty, 'https://www.linkedin.com/feed/')).toEqual({
      people: [],
      viewer: expect.anything(),
    });
    expect(linkedinAdapter.find(empty, 'https://www.linkedin.com/in/jane/').diagnostic).toMatchObject({
      site: 'linkedin',
      view: 'profile',
    });
    const garbage = new DOMParser().parseFromString(
      '<li><a href="http://[/in/x">x</a></li><code>recent_activity_nav_all</code>',
      'text/html',
    );
    expect(() => linkedinAdapter.find(garbage, 'https://www.linkedin.com/search/results/people/')).not.toThrow();
    expect(linkedinAdapter.find(garbage, 'nonsense').people).toEqual([]);
    expect(linkedinAdapter.composeBox?.(empty)).toBeNull();
  });
});

describe('composeBox + insertDraft (live document)', () => {
  it('puts a draft into the box found on the page', () => {
    const html = readFileSync(
      resolve(__dirname, '../../../tests/fixtures/linkedin/2026-02-messaging-thread.html'),
      'utf8',
    );
    document.documentElement.innerHTML = new DOMParser().parseFromString(html, 'text/html').documentElement.innerHTML;
    const box = linkedinAdapter.composeBox?.(document);
    expect(box).toBeTruthy();
    expect(insertDraft(box!, 'Hi! Great to hear from you')).toBe(true);
    expect(draftLanded(box!, 'Hi! Great to hear from you')).toBe(true);
  });
});
