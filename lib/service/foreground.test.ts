import { describe, expect, it } from 'vitest';
import { Foreground } from './foreground';

describe('Foreground', () => {
  it('lets background work go on only once every request in flight is answered', async () => {
    const fg = new Foreground();
    const log: string[] = [];
    await fg.calm(); // nothing in flight: at once
    const finishers: Array<() => void> = [];
    const pending = (name: string) => () =>
      new Promise<void>((resolve) => {
        finishers.push(resolve);
      }).then(() => log.push(name));
    const a = fg.run(pending('a'));
    const b = fg.run(pending('b'));
    const [finishA, finishB] = finishers as [() => void, () => void];
    const step = fg.calm().then(() => log.push('background step'));
    finishA();
    await a;
    await Promise.resolve();
    expect(log).toEqual(['a']); // b is still in flight
    finishB();
    await Promise.all([b, step]);
    expect(log).toEqual(['a', 'b', 'background step']);
  });

  it('a request that fails still counts as answered', async () => {
    const fg = new Foreground();
    await expect(fg.run(() => Promise.reject(new Error('storage')))).rejects.toThrow('storage');
    await expect(fg.calm()).resolves.toBeUndefined();
  });
});
