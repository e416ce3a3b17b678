import { describe, expect, it } from 'vitest';
import { unexpectedEndings } from '@/lib/demo/unexpected-endings';

describe('unexpectedEndings', () => {
  it('names each execution that ended otherwise than its scenario says, and no other', () => {
    const expected = [
      { label: 'order-fulfilled', executionArn: 'a', expectedStatus: 'SUCCEEDED' as const },
      { label: 'history run history-d3-1-order-inventory-retries-exhausted', executionArn: 'b', expectedStatus: 'FAILED' as const },
      { label: 'still running', executionArn: 'c', expectedStatus: 'FAILED' as const },
      { label: 'never seen', executionArn: 'd', expectedStatus: 'FAILED' as const },
    ];
    const statuses = new Map([
      ['a', 'SUCCEEDED'],
      ['b', 'SUCCEEDED'],
      ['c', 'RUNNING'],
    ]);
    expect(unexpectedEndings(expected, statuses)).toEqual([
      'warning: history run history-d3-1-order-inventory-retries-exhausted ended SUCCEEDED, expected FAILED',
    ]);
  });
});
