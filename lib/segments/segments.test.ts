import { describe, expect, it } from 'vitest';
import { commitmentFromHours, isDreamer, SEGMENT_NAMES, SEGMENTS, segmentInfo, segmentOf } from './index';

describe('the nine-segment grid (ambition x commitment)', () => {
  it('names the nine cells exactly as PLAYBOOK.md', () => {
    expect(segmentOf('product', 'casual')).toBe('Loyal customer');
    expect(segmentOf('product', 'steady')).toBe('Product fan');
    expect(segmentOf('product', 'driven')).toBe('Brand ambassador');
    expect(segmentOf('supplement', 'casual')).toBe('Bill payer');
    expect(segmentOf('supplement', 'steady')).toBe('Part-timer');
    expect(segmentOf('supplement', 'driven')).toBe('Fast starter');
    expect(segmentOf('career', 'casual')).toBe('Dreamer');
    expect(segmentOf('career', 'steady')).toBe('Builder');
    expect(segmentOf('career', 'driven')).toBe('Leader');
    expect(new Set(SEGMENT_NAMES).size).toBe(9);
  });

  it('is null without both answers', () => {
    expect(segmentOf(undefined, 'steady')).toBeNull();
    expect(segmentOf('career', undefined)).toBeNull();
    expect(segmentOf()).toBeNull();
  });

  it('derives commitment from hours a week: < 3 casual, 3-10 steady, > 10 driven', () => {
    expect(commitmentFromHours(2.9)).toBe('casual');
    expect(commitmentFromHours(3)).toBe('steady');
    expect(commitmentFromHours(10)).toBe('steady');
    expect(commitmentFromHours(10.5)).toBe('driven');
    expect(commitmentFromHours(undefined)).toBeUndefined();
    expect(segmentOf('supplement', undefined, 12)).toBe('Fast starter');
  });

  it('a stated commitment wins over hours a week', () => {
    expect(segmentOf('career', 'driven', 1)).toBe('Leader');
  });

  it('Dreamer mismatch: career ambition with casual commitment, stated or from hours', () => {
    expect(isDreamer('career', 'casual')).toBe(true);
    expect(isDreamer('career', undefined, 2)).toBe(true);
    expect(isDreamer('career', undefined, 5)).toBe(false);
    expect(isDreamer('supplement', 'casual')).toBe(false);
  });

  it('gives every segment a one-sentence meaning and a tone', () => {
    expect(SEGMENTS).toHaveLength(9);
    for (const s of SEGMENTS) {
      expect(s.meaning).toMatch(/^[A-Z].*\.$/);
      expect(s.tone.length).toBeGreaterThan(5);
      expect(segmentOf(s.ambition, s.commitment)).toBe(s.name);
    }
    expect(segmentInfo('Dreamer')?.ambition).toBe('career');
  });
});
