import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { facebookAdapter } from '../../lib/sites/facebook';
import type { FindResult } from '../../lib/sites/types';
import { SHARED_FIXTURES } from './require-shared';

function load(rel: string): Document {
  const html = readFileSync(resolve(SHARED_FIXTURES, 'pages', rel), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

function summary(result: FindResult) {
  return result.people.map((p) => ({ name: p.displayName, keys: p.identities, view: p.view }));
}

function allKeys(result: FindResult): string[] {
  return result.people.flatMap((p) => p.identities);
}

describe('facebook/2023-11-messenger-thread-anon.html', () => {
  const doc = load('facebook/2023-11-messenger-thread-anon.html');
  const url = 'https://www.facebook.com/messages/t/100000000000001';
  const result = facebookAdapter.find(doc, url);

  it('finds the open thread partner first', () => {
    console.log(summary(result));
    expect(result.people[0]).toMatchObject({
      displayName: 'Rowan Ellis Hart',
      identities: ['facebook:id:100000000000001'],
      view: 'thread',
    });
    expect(result.people[0]?.anchor?.getAttribute('href')).toBe('https://www.facebook.com/100000000000001/');
    expect(result.diagnostic).toBeUndefined();
  });
});
