import { describe, expect, it } from 'vitest';
import { describeDivergence, describeInputDifference } from '@/lib/compare/describe-divergence';
import type { Divergence } from '@/lib/compare/types';

const divergence = (fields: Partial<Divergence>): Divergence => ({
  key: 'X#1',
  state: 'X',
  scope: '',
  a: { outcome: 'succeeded', next: 'Y', error: null },
  b: { outcome: 'succeeded', next: 'Y', error: null },
  truncated: false,
  ...fields,
});

describe('describeDivergence', () => {
  it('says the outcomes, the error, and the next states when both ran the state', () => {
    expect(
      describeDivergence(
        divergence({ a: { outcome: 'failed', next: null, error: 'Boom' }, b: { outcome: 'retried', next: 'Y', error: null } }),
      ),
    ).toBe('X — failed in A (Boom), succeeded after a retry in B; next state the end in A, Y in B');
  });

  it('names the scope and a state one side never ran', () => {
    expect(describeDivergence(divergence({ scope: 'Items[3]', b: { outcome: 'not-visited', next: null, error: null } }))).toBe(
      'X (in Items[3]) — succeeded in A, not run in B',
    );
  });

  it('says when only the next state differs', () => {
    expect(describeDivergence(divergence({ b: { outcome: 'succeeded', next: 'Z', error: null } }))).toBe(
      'X — succeeded in both; next state Y in A, Z in B',
    );
  });

  it('warns that a truncated input may hide the difference', () => {
    expect(describeInputDifference(divergence({ truncated: true }))).toContain('truncated by AWS');
  });
});
