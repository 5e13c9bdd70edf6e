import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outlookAdapter } from './index';

function load(name: string): { doc: Document; url: string } {
  const html = readFileSync(resolve(__dirname, '../../../tests/fixtures/outlook', name), 'utf8');
  const url = html.match(/^<!--\s*(\S+)\s*-->/)?.[1] ?? '';
  return { doc: new DOMParser().parseFromString(html, 'text/html'), url };
}

const summary = (doc: Document, url: string) =>
  outlookAdapter.find(doc, url).people.map((p) => `${p.view} | ${p.displayName} | ${p.identities.join(',')}`);

describe('outlook adapter (modelled fixtures: no real capture exists)', () => {
  it('matches the three Outlook hosts only', () => {
    for (const host of ['outlook.live.com', 'outlook.office.com', 'outlook.office365.com']) {
      expect(outlookAdapter.matches(`https://${host}/mail/`)).toBe(true);
    }
    expect(outlookAdapter.matches('https://outlook.example.com/mail/')).toBe(false);
  });

  it('reading pane and list: sender, To, Cc and list senders; not the viewer, bodies or no-reply', () => {
    const { doc, url } = load('2026-03-reading.html');
    expect(summary(doc, url)).toEqual([
      'list | Hanne Sørensen | email:hanne.sorensen@example.dk',
      'list | Tobias Krämer | email:tobias.kramer@example.de',
      'reading | Jonas Weber | email:jonas.weber@example.ch',
      'reading | Aylin Demir | email:aylin.demir@example.com.tr',
    ]);
    expect(outlookAdapter.find(doc, url).diagnostic).toBeUndefined();
  });

  it('compose: recipients without the viewer; composeBox is the editable body, not the quoted original', () => {
    const { doc, url } = load('2026-03-compose.html');
    expect(summary(doc, url)).toEqual(['compose | Bea Santos | email:bea.santos@example.ph']);
    const box = outlookAdapter.composeBox?.(doc);
    expect(box?.getAttribute('aria-multiline')).toBe('true');
    expect(box?.getAttribute('role')).toBe('textbox');
    expect(outlookAdapter.composeBox?.(load('2026-03-reading.html').doc)).toBeNull();
  });

  it('says why when an open message shows nobody, and never throws', () => {
    const doc = new DOMParser().parseFromString('<div id="ReadingPaneContainerId"><p>…</p></div>', 'text/html');
    const result = outlookAdapter.find(doc, 'https://outlook.office.com/mail/inbox/id/AAQkADAwATM0MDAAMS1h');
    expect(result.people).toEqual([]);
    expect(result.diagnostic?.reason).toMatch(/sender/);
    expect(outlookAdapter.find(doc, 'https://outlook.office.com/mail/').diagnostic).toBeUndefined();
    expect(() => outlookAdapter.find(undefined as unknown as Document, '')).not.toThrow();
    expect(outlookAdapter.find(document.createElement('div'), '').people).toEqual([]);
  });
});
