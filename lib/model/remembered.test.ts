import { describe, expect, it } from 'vitest';
import { remembered } from './remembered';

describe('remembered', () => {
  it('answers a question asked again without asking the function, undefined answers too', () => {
    const asked: string[] = [];
    const f = remembered(
      (a: string, b: number) => {
        asked.push(`${a}${b}`);
        return a === 'none' ? undefined : `${a}:${b}`;
      },
      { limit: 10 },
    );
    expect(f('x', 1)).toBe('x:1');
    expect(f('x', 1)).toBe('x:1');
    expect(f('none', 0)).toBeUndefined();
    expect(f('none', 0)).toBeUndefined();
    expect(asked).toEqual(['x1', 'none0']);
  });

  it('empties its store at the limit and keeps no answer to a key over maxKeyLength', () => {
    let calls = 0;
    const f = remembered(
      (s: string) => {
        calls++;
        return s.length;
      },
      { limit: 2, maxKeyLength: 5 },
    );
    f('a');
    f('b');
    f('c'); // the store was full: emptied, then 'c' kept
    f('c');
    expect(calls).toBe(3);
    f('a');
    expect(calls).toBe(4);
    expect(f('longer than five')).toBe(16);
    expect(f('longer than five')).toBe(16);
    expect(calls).toBe(6);
  });
});
