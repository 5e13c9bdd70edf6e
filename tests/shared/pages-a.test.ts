import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gmailAdapter } from '../../lib/sites/gmail';
import type { FindResult } from '../../lib/sites/types';
import { whatsappAdapter } from '../../lib/sites/whatsapp';
import { SHARED_FIXTURES } from './require-shared';

/** A real capture from ../shared/fixtures/pages, with the URL its first-line comment names. */
function capture(path: string): { doc: Document; url: string } {
  const html = readFileSync(resolve(SHARED_FIXTURES, 'pages', path), 'utf8');
  const url = html.match(/^<!--\s*\{"url":"([^"]+)"\}\s*-->/)?.[1] ?? '';
  return { doc: new DOMParser().parseFromString(html, 'text/html'), url };
}

const byName = (r: FindResult) => Object.fromEntries(r.people.map((p) => [p.displayName, p.identities]));
const allKeys = (r: FindResult) => r.people.flatMap((p) => p.identities);

describe('gmail captures (SOURCES.md)', () => {
  it('2026-07 thread: Alex Rivera, never the owner Jane Doe or her signature phone', () => {
    const { doc, url } = capture('gmail/2026-07-thread-reduced.html');
    expect(url).toBe('https://mail.google.com/mail/u/0/#inbox/thread-f:1234567890');
    const result = gmailAdapter.find(doc, url);
    expect(byName(result)).toEqual({ 'Alex Rivera': ['email:alex@example.com'] });
    expect(result.people[0]?.view).toBe('thread');
    expect(result.diagnostic).toBeUndefined();
    expect(allKeys(result).join(' ')).not.toMatch(/jane|5550100/);
  });

  it('2014-12 inbox: the senders, without the owner (name="me") or Google no-reply senders', () => {
    const { doc } = capture('gmail/2014-12-inbox.html');
    const result = gmailAdapter.find(doc, 'https://mail.google.com/mail/u/0/#inbox');
    // Team Twilio writes from two addresses: two people (names only suggest a link).
    expect(result.people.map((p) => `${p.displayName} ${p.identities.join(',')}`).sort()).toEqual([
      'Chris Cowan email:cowan@streak.com',
      'Streak Notifications email:notifications@mailfoogae.appspotmail.com',
      'Team Twilio email:help@twilio.com',
      'Team Twilio email:news@twilio.com',
    ]);
    expect(result.people.every((p) => p.view === 'inbox')).toBe(true);
    expect(allKeys(result)).not.toContain('email:streak.web.test.1@gmail.com');
  });
});

describe('whatsapp captures (SOURCES.md)', () => {
  it('2026-03 group messages: the six authors with their numbers, never the viewer Jordan Poe', () => {
    const { doc } = capture('whatsapp/2026-03-messages.html');
    const result = whatsappAdapter.find(doc, 'https://web.whatsapp.com/');
    const names = byName(result);
    expect(names).toMatchObject({
      'Ravi Menon': ['whatsapp:+6590000001'],
      'Aravind Rao': ['whatsapp:+6590000002'],
      'Pawan Sachdeva': ['whatsapp:+6590000003'],
      'Sana Iyer': ['whatsapp:+6590000005'],
      'Asha Rao': ['whatsapp:+6590000099'],
      'Vijay Gupta': ['whatsapp:+6597777777'],
    });
    expect(names['Jordan Poe']).toBeUndefined();
    expect(names['Richa Shah']).toBeUndefined(); // a quoted author with no number: no key
    // The deleted message's author has a number and no name: shown as the number.
    expect(names['+65 9000 0004']).toEqual(['whatsapp:+6590000004']);
    expect(result.people).toHaveLength(7);
    expect(result.people.every((p) => p.view === 'group')).toBe(true);
  });

  it('2025-12 conversation: Delta, Gamma (quoted) and Alpha with their numbers; no viewer', () => {
    const { doc } = capture('whatsapp/2025-12-conversation.html');
    const result = whatsappAdapter.find(doc, 'https://web.whatsapp.com/');
    const keysOf = (name: string) => result.people.filter((p) => p.displayName === name).flatMap((p) => p.identities);
    expect(keysOf('Member Delta')).toEqual(['whatsapp:+001000000002']);
    expect(keysOf('Member Gamma')).toEqual(['whatsapp:+001000000003']);
    // SOURCES.md: the capture pairs Alpha with two numbers; the quoted header's one must be there.
    expect(keysOf('Member Alpha')).toContain('whatsapp:+001000000000');
    expect(result.people.some((p) => /Beta/.test(p.displayName))).toBe(false); // only an @-mention
    expect(result.diagnostic).toBeUndefined();
  });
});
