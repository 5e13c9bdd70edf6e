import { describe, expect, it } from 'vitest';
import { lastCompounds, queryBelow } from './region';

describe('queryBelow', () => {
  it('cuts each selector of a list to its last compound, brackets and quotes respected', () => {
    expect(lastCompounds('a[href]')).toBe('a[href]');
    expect(lastCompounds('.global-nav__me a[href*="/in/"], [data-view-name="identity-module"] a')).toBe(
      'a[href*="/in/"], a',
    );
    expect(lastCompounds('[role="feed"] > *')).toBe('*');
    expect(lastCompounds('[aria-label="a b > c, d"] span:not(.x y)')).toBe('span:not(.x y)');
    expect(lastCompounds('.x:not(.y) a.z')).toBe('a.z');
    expect(lastCompounds('a , b>c')).toBe('a, c');
  });

  it('finds what querySelectorAll finds, in the same order', () => {
    const doc = new DOMParser().parseFromString(
      '<div id="r"><ul class="l"><li><a href="1">1</a></li><li><b><a href="2">2</a></b></li></ul><a href="3">3</a></div>',
      'text/html',
    );
    const root = doc.getElementById('r')!;
    for (const sel of ['.l a[href]', 'li > a', 'b a, li > a', 'ul a[href="2"]', 'a'])
      expect(queryBelow(root, sel)).toEqual([...root.querySelectorAll(sel)]);
  });
});
