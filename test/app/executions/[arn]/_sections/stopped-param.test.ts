import { describe, expect, it } from 'vitest';
import { readStoppedParam } from '@/app/executions/[arn]/_sections/stopped-param';

const read = (query: string) => readStoppedParam(new URLSearchParams(query));

describe('readStoppedParam', () => {
  it('reads epoch milliseconds, and nothing from an empty or absent parameter (a running execution)', () => {
    expect(read('stopped=1764950400123')).toEqual({ ok: true, stoppedAtMs: 1764950400123 });
    expect(read('stopped=')).toEqual({ ok: true });
    expect(read('visit=3')).toEqual({ ok: true });
  });

  it('refuses what is not a whole number of milliseconds, quoting at most 40 characters of it', () => {
    expect(read('stopped=yesterday')).toEqual({
      ok: false,
      message: "?stopped= is the time the execution stopped, in epoch milliseconds; got 'yesterday'.",
    });
    for (const bad of ['-5', '1.5', '1e12', ' 12', '99999999999999999']) expect(read(`stopped=${encodeURIComponent(bad)}`).ok).toBe(false);
    const long = read(`stopped=${'x'.repeat(5_000)}`);
    expect(long.ok === false && long.message.length).toBeLessThan(120);
  });
});
