import { describe, expect, it } from 'vitest';
import { ACTION_PROBLEM_KINDS, HTTP_STATUS_OF_ACTION_PROBLEM } from '@/lib/execution-actions/types';

describe('HTTP_STATUS_OF_ACTION_PROBLEM', () => {
  it('answers every problem kind with an error status', () => {
    for (const kind of ACTION_PROBLEM_KINDS) expect(HTTP_STATUS_OF_ACTION_PROBLEM[kind]).toBeGreaterThanOrEqual(400);
  });

  it('tells a refusal (403) from a wrong moment (409) from a missing API (501)', () => {
    expect(HTTP_STATUS_OF_ACTION_PROBLEM['access-denied']).toBe(403);
    expect(HTTP_STATUS_OF_ACTION_PROBLEM.conflict).toBe(409);
    expect(HTTP_STATUS_OF_ACTION_PROBLEM.unsupported).toBe(501);
  });
});
