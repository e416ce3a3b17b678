import { describe, expect, it } from 'vitest';
import { decodeWalkState, encodeWalkState } from '@/lib/services/execution-index/walk-state';

describe('walk state in the cursor', () => {
  it('round-trips, with or without a boundary', () => {
    const state = { nextToken: 'abc/+=', topMs: 1_700_000_000_000, boundaryMs: 1_600_000_000_000 };
    expect(decodeWalkState(encodeWalkState(state))).toEqual(state);
    expect(decodeWalkState(encodeWalkState({ nextToken: 't', topMs: 5 }))).toEqual({ nextToken: 't', topMs: 5, boundaryMs: undefined });
  });

  it('ignores a token it did not write, or a damaged one, so the walk starts again from the top', () => {
    expect(decodeWalkState(undefined)).toBeUndefined();
    expect(decodeWalkState('AAAA-some-aws-token')).toBeUndefined();
    expect(decodeWalkState('statescope-sync.v1:{not json')).toBeUndefined();
    expect(decodeWalkState('statescope-sync.v1:{"nextToken":""}')).toBeUndefined();
    expect(decodeWalkState('statescope-sync.v1:{"nextToken":"x","topMs":"soon"}')).toEqual({
      nextToken: 'x',
      topMs: undefined,
      boundaryMs: undefined,
    });
  });
});
