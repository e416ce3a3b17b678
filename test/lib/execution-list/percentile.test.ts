import { describe, expect, it } from 'vitest';
import { percentile } from '@/lib/execution-list/percentile';

describe('percentile (nearest rank)', () => {
  it('is undefined for no values', () => {
    expect(percentile([], 50)).toBeUndefined();
  });
  it('picks the nearest-rank value, whatever the input order', () => {
    const values = [15, 20, 35, 40, 50];
    expect(percentile(values, 50)).toBe(35);
    expect(percentile([50, 15, 40, 20, 35], 95)).toBe(50);
    expect(percentile(values, 30)).toBe(20);
  });
  it('p95 of 1..100 is 95 and p50 is 50', () => {
    const values = Array.from({ length: 100 }, (_, index) => 100 - index);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile(values, 50)).toBe(50);
  });
  it('rejects a percentile outside (0, 100]', () => {
    expect(() => percentile([1], 0)).toThrow('p must be in (0, 100], got 0');
  });
});
