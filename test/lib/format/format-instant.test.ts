import { describe, expect, it } from 'vitest';
import { formatInstant, formatSpan } from '@/lib/format/format-instant';

const at = (iso: string) => Date.parse(iso);

describe('formatInstant', () => {
  it('writes an epoch-millisecond instant as UTC with milliseconds', () => {
    expect(formatInstant(at('2024-05-01T09:08:07.004Z'))).toBe('2024-05-01 09:08:07.004 UTC');
    expect(formatInstant(0)).toBe('1970-01-01 00:00:00.000 UTC');
  });

  it('shows a dash for no instant', () => {
    expect(formatInstant(null)).toBe('—');
  });
});

describe('formatSpan', () => {
  it('writes start → end with the duration between', () => {
    expect(formatSpan(at('2024-05-01T09:00:00.000Z'), at('2024-05-01T09:00:04.250Z'))).toBe(
      '2024-05-01 09:00:00.000 UTC → 2024-05-01 09:00:04.250 UTC (4.25 s)',
    );
    expect(formatSpan(at('2024-05-01T09:00:00.000Z'), at('2024-05-01T09:00:00.850Z'))).toBe(
      '2024-05-01 09:00:00.000 UTC → 2024-05-01 09:00:00.850 UTC (850 ms)',
    );
  });

  it('says a span without an end is still running, with no duration', () => {
    expect(formatSpan(at('2024-05-01T09:00:00.000Z'), null)).toBe('2024-05-01 09:00:00.000 UTC → still running');
  });
});
