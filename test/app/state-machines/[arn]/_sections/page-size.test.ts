import { describe, expect, it } from 'vitest';
import { DEFAULT_PAGE_SIZE, customPageSize, toPageSize } from '@/app/state-machines/[arn]/_sections/page-size';

// `?maxResults=` is passed to ListExecutions, which accepts 1–1000; the default (50) stays out of links.

describe('toPageSize', () => {
  it('defaults to 50', () => {
    expect(DEFAULT_PAGE_SIZE).toBe(50);
  });

  it.each([
    ['1', 1],
    ['20', 20],
    ['50', 50],
    ['999', 999],
    ['1000', 1000],
  ])('keeps %s, which ListExecutions accepts', (value, size) => {
    expect(toPageSize(value)).toBe(size);
  });

  it.each([undefined, '', '0', '-1', '1001', '100000', '2.5', 'NaN', 'Infinity', 'ten', '10 rows'])(
    'falls back to the default for %j',
    (value) => {
      expect(toPageSize(value)).toBe(DEFAULT_PAGE_SIZE);
    },
  );
});

describe('customPageSize', () => {
  it('leaves the default out of links', () => {
    expect(customPageSize(DEFAULT_PAGE_SIZE)).toBeUndefined();
  });

  it.each([1, 49, 51, 1000])('keeps %d in links', (size) => {
    expect(customPageSize(size)).toBe(size);
  });

  it('round-trips every accepted size through toPageSize', () => {
    for (const size of [1, 50, 1000]) expect(toPageSize(String(customPageSize(size) ?? ''))).toBe(size);
  });
});
