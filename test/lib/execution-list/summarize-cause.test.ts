import { describe, expect, it } from 'vitest';
import { summarizeCause } from '@/lib/execution-list/summarize-cause';

describe('summarizeCause', () => {
  it("reads a Lambda error's message out of its JSON cause", () => {
    const cause = JSON.stringify({
      errorMessage: 'Card declined: insufficient funds',
      errorType: 'PaymentDeclined',
      stackTrace: ['at charge (index.js:12)'],
    });
    expect(summarizeCause(cause)).toBe('Card declined: insufficient funds');
  });
  it('keeps a plain-text cause, on one line', () => {
    expect(summarizeCause('The child is\n  too young.')).toBe('The child is too young.');
  });
  it('cuts a long cause at 200 characters', () => {
    const summary = summarizeCause('x'.repeat(500));
    expect(summary).toHaveLength(200);
    expect(summary?.endsWith('…')).toBe(true);
  });
  it('has nothing to say about an empty cause', () => {
    expect(summarizeCause(undefined)).toBeUndefined();
    expect(summarizeCause('  ')).toBeUndefined();
  });
});
