import { describe, expect, it } from 'vitest';
import { retriesOf, visitOutcome } from '@/lib/compare/visit-outcome';

const attempt = { number: 1, status: 'failed' as const, startMs: null, endMs: null, durationMs: null, backoffMs: null };

describe('visitOutcome', () => {
  it('is the status, with a success after a retry called retried', () => {
    expect(visitOutcome({ status: 'succeeded', attempts: [attempt] })).toBe('succeeded');
    expect(visitOutcome({ status: 'succeeded', attempts: [attempt, attempt] })).toBe('retried');
    expect(visitOutcome({ status: 'caught', attempts: [attempt, attempt] })).toBe('caught');
    expect(retriesOf({ attempts: [attempt, attempt, attempt] })).toBe(2);
    expect(retriesOf({ attempts: [] })).toBe(0);
  });
});
