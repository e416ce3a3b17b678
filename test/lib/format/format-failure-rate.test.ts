import { describe, expect, it } from 'vitest';
import { formatFailureRate } from '@/lib/format/format-failure-rate';

describe('formatFailureRate', () => {
  it('writes whole percentages without decimals', () => {
    expect(formatFailureRate(0)).toBe('0 %');
    expect(formatFailureRate(0.25)).toBe('25 %');
    expect(formatFailureRate(1)).toBe('100 %');
  });

  it('keeps one decimal otherwise', () => {
    expect(formatFailureRate(2 / 3)).toBe('66.7 %');
    expect(formatFailureRate(0.0004)).toBe('0.0 %');
  });

  it('shows a dash when no execution closed', () => {
    expect(formatFailureRate(undefined)).toBe('–');
  });
});
