import { describe, expect, it } from 'vitest';
import { formatDateTime } from '@/lib/format/format-date-time';

describe('formatDateTime', () => {
  const date = new Date('2024-05-01T09:08:07.654Z');

  it('writes UTC to the second, labelled', () => {
    expect(formatDateTime(date)).toBe('2024-05-01 09:08:07 UTC');
  });

  it('adds milliseconds when asked', () => {
    expect(formatDateTime(date, { milliseconds: true })).toBe('2024-05-01 09:08:07.654 UTC');
  });

  it('does not round up to the next second', () => {
    expect(formatDateTime(new Date('2024-12-31T23:59:59.999Z'))).toBe('2024-12-31 23:59:59 UTC');
  });

  it('shows a dash for a missing or invalid date', () => {
    expect(formatDateTime(undefined)).toBe('—');
    expect(formatDateTime(new Date(Number.NaN))).toBe('—');
    expect(formatDateTime(new Date(Number.NaN), { milliseconds: true })).toBe('—');
  });
});
