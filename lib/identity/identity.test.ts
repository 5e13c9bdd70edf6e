import { describe, expect, it } from 'vitest';
import { displayKey, emailKey, identityFromText, keyFromProfileUrl, normaliseKey, phoneKey, uniqueKeys } from './index';

describe('identity keys', () => {
  it('lower-cases and trims emails, strips mailto and rejects non-emails', () => {
    expect(emailKey('  Jane.Doe@Example.COM ')).toBe('email:jane.doe@example.com');
    expect(emailKey('mailto:Jane%40example.com?subject=hi')).toBe('email:jane@example.com');
    expect(emailKey('not an email')).toBeNull();
    expect(emailKey('a@b')).toBeNull();
  });

  it('turns phone numbers into E.164 and refuses national numbers without a country', () => {
    expect(phoneKey('+1 (555) 123-4567')).toBe('phone:+15551234567');
    expect(phoneKey('0044 20 7946 0958')).toBe('phone:+442079460958');
    expect(phoneKey('020 7946 0958', 'GB')).toBe('phone:+442079460958');
    expect(phoneKey('020 7946 0958')).toBeNull();
    expect(phoneKey('hello')).toBeNull();
  });

  it('reads profile URLs of every site, percent-decoded', () => {
    expect(keyFromProfileUrl('https://www.facebook.com/Jane.Doe')).toBe('facebook:jane.doe');
    expect(keyFromProfileUrl('https://www.facebook.com/profile.php?id=100012345')).toBe('facebook:id:100012345');
    expect(keyFromProfileUrl('https://www.facebook.com/groups/123/user/100099/')).toBe('facebook:id:100099');
    expect(keyFromProfileUrl('https://www.instagram.com/jane_doe/')).toBe('instagram:jane_doe');
    expect(keyFromProfileUrl('https://www.linkedin.com/in/Jane-Doe-12AB/')).toBe('linkedin:jane-doe-12ab');
    expect(keyFromProfileUrl('https://www.linkedin.com/in/j%C3%B6rg-m%C3%BCller')).toBe('linkedin:jörg-müller');
    expect(keyFromProfileUrl('https://www.facebook.com/100012345/')).toBe('facebook:id:100012345');
    expect(keyFromProfileUrl('https://x.com/JaneDoe')).toBe('x:janedoe');
    expect(keyFromProfileUrl('https://twitter.com/janedoe/with_replies')).toBe('x:janedoe');
    expect(keyFromProfileUrl('https://wa.me/15551234567')).toBe('whatsapp:+15551234567');
    expect(keyFromProfileUrl('mailto:Bob@Example.org')).toBe('email:bob@example.org');
  });

  it('never takes a site feature path for a person', () => {
    for (const url of [
      'https://www.facebook.com/groups/123',
      'https://www.facebook.com/messages/t/',
      'https://www.instagram.com/explore/',
      'https://www.instagram.com/p/Cx12/',
      'https://x.com/home',
      'https://x.com/jane/status/1',
      'https://www.linkedin.com/feed/',
      'https://example.com/jane',
      'javascript:alert(1)',
    ]) {
      expect(keyFromProfileUrl(url), url).toBeNull();
    }
  });

  it('normalises stored or forged keys again and drops unknown kinds', () => {
    expect(normaliseKey('EMAIL: Jane@Example.com')).toBe('email:jane@example.com');
    expect(normaliseKey('x:@Jane')).toBe('x:jane');
    expect(normaliseKey('facebook:ID:123456')).toBe('facebook:id:123456');
    expect(normaliseKey('whatsapp:+1 555 123 4567')).toBe('whatsapp:+15551234567');
    expect(normaliseKey('myspace:jane')).toBeNull();
    expect(normaliseKey('x:<script>')).toBeNull();
  });

  it('reads whatever a user types into "add an identity"', () => {
    expect(identityFromText('instagram.com/jane')).toBe('instagram:jane');
    expect(identityFromText('jane@example.com')).toBe('email:jane@example.com');
    expect(identityFromText('+44 20 7946 0958')).toBe('phone:+442079460958');
    expect(identityFromText('linkedin:Jane-Doe')).toBe('linkedin:jane-doe');
    expect(identityFromText('just a name')).toBeNull();
  });

  it('shows keys as people read them and dedupes', () => {
    expect(displayKey('instagram:jane')).toBe('@jane');
    expect(displayKey('email:jane@example.com')).toBe('jane@example.com');
    expect(uniqueKeys(['x:a', null, 'x:a', 'x:b'])).toEqual(['x:a', 'x:b']);
  });
});
