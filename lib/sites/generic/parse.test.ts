import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { plainE164, plainWhatsappKey } from '../shared/phone';
import { genericAdapter } from './index';
import { keyFromHref } from './parse';

function load(name: string): Document {
  const html = readFileSync(resolve(__dirname, '../../../tests/fixtures/generic', name), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

const summary = (root: Document | Element) =>
  genericAdapter
    .find(root, 'https://example.org/')
    .people.map((p) => `${p.view} | ${p.displayName} | ${p.identities.join(',')}`);

describe('plainE164 (lib/sites/shared/phone.ts: no libphonenumber in content scripts)', () => {
  it('strips formatting, keeps international numbers of 8-15 digits only', () => {
    expect(plainE164('+65 9000 0001')).toBe('+6590000001');
    expect(plainE164('\u202a+1 (555) 123-4567\u202c')).toBe('+15551234567');
    expect(plainE164('0044 20 7946 0958')).toBe('+442079460958');
    expect(plainE164('tel:+49-170-1234567')).toBe('+491701234567');
    expect(plainE164('020 7946 0958')).toBeNull(); // national: no country to guess
    expect(plainE164('+1 555')).toBeNull();
    expect(plainE164('+1234567890123456')).toBeNull();
    expect(plainE164('Call +1 555 123 4567 now')).toBeNull();
    expect(plainE164('')).toBeNull();
    expect(plainWhatsappKey('+65 9777 7777')).toBe('whatsapp:+6597777777');
  });
});

describe('generic finder', () => {
  it('matches any web page', () => {
    expect(genericAdapter.matches('https://example.org/team')).toBe(true);
    expect(genericAdapter.matches('chrome://extensions')).toBe(false);
  });

  it('reads links by shape only', () => {
    expect(keyFromHref('mailto:Jo%40Example.com?subject=x')).toBe('email:jo@example.com');
    expect(keyFromHref('tel:+44%2020%207946%200958')).toBe('phone:+442079460958');
    expect(keyFromHref('tel:020 7946 0958')).toBeNull();
    expect(keyFromHref('https://wa.me/15551234567')).toBe('whatsapp:+15551234567');
    expect(keyFromHref('https://api.whatsapp.com/send?phone=15551234567')).toBe('whatsapp:+15551234567');
    expect(keyFromHref('https://m.facebook.com/jane.doe?ref=bookmarks')).toBe('facebook:jane.doe');
    expect(keyFromHref('https://x.com/jane/status/1')).toBeNull();
    expect(keyFromHref('/relative/page', 'https://example.org/')).toBeNull();
    expect(keyFromHref(null)).toBeNull();
  });

  it('team page: h-cards (all their keys), mailto/tel links, profile links; never feature links', () => {
    expect(summary(load('2026-05-team-page.html'))).toEqual([
      'h-card | Ama Owusu | linkedin:ama-owusu-12ab,email:ama.owusu@example.org,phone:+233241234567,instagram:ama.glow',
      'h-card | Björn Lund | email:bjorn@example.se,phone:+46701234567',
      'link | Carla Mendes | email:carla.mendes@example.pt',
      'link | +15550100300 | phone:+15550100300',
      'link | Dee | x:deewrites',
      'link | Eli Facebook | facebook:id:100012345678',
      'link | WhatsApp | whatsapp:+15550100400',
    ]);
  });

  it('hostile page: clean bounded names, no markup, thousands of links, deep nesting and shadow roots', () => {
    const doc = load('2026-05-hostile.html');
    const host = doc.getElementById('host')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<a href="https://www.instagram.com/in_shadow/">In Shadow</a>';
    // (its speed is measured in npm run bench, not asserted here)
    const { people, diagnostic } = genericAdapter.find(doc, 'https://example.net/hostile');
    expect(diagnostic).toBeUndefined();
    const byKey = Object.fromEntries(people.map((p) => [p.identities[0], p.displayName]));
    expect(byKey['email:eve@example.com']).toBe('Eve Adams');
    expect(byKey['instagram:zed_']).toBe('Zed');
    expect(byKey['phone:+15550100500']).toBe('Frank Ocean');
    expect(byKey['facebook:deep.diver']).toBe('Deep Diver');
    expect(byKey['instagram:in_shadow']).toBe('In Shadow');
    expect(byKey['email:long@example.com']?.length).toBeLessThanOrEqual(200);
    expect(people.filter((p) => p.identities[0]?.startsWith('x:user'))).toHaveLength(5);
    expect(people.filter((p) => p.identities[0]?.startsWith('email:p'))).toHaveLength(3);
    for (const p of people) {
      expect(p.displayName).not.toMatch(/[<>\u0000-\u001f\u202e\u200b]/);
      expect(p.identities.every((k) => k.length <= 210)).toBe(true);
      expect(p.anchor).toBeTruthy();
    }
  });

  it('never throws, whatever it is given', () => {
    expect(genericAdapter.find(new DOMParser().parseFromString('', 'text/html'), '')).toEqual({ people: [] });
    expect(genericAdapter.find(document.createElement('div'), '').people).toEqual([]);
    expect(() => genericAdapter.find(null as unknown as Document, '')).not.toThrow();
  });
});
