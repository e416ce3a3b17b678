import { describe, expect, it } from 'vitest';
import { errorEqualsMatches } from '@/lib/emulator/engine/error-matching';

describe('errorEqualsMatches', () => {
  it('matches error names exactly', () => {
    expect(errorEqualsMatches(['A', 'B'], 'B')).toBe(true);
    expect(errorEqualsMatches(['A'], 'a')).toBe(false);
  });

  it('lets States.ALL match everything except States.Runtime', () => {
    expect(errorEqualsMatches(['States.ALL'], 'Anything')).toBe(true);
    expect(errorEqualsMatches(['States.ALL'], 'States.Timeout')).toBe(true);
    expect(errorEqualsMatches(['States.ALL'], 'States.Runtime')).toBe(false);
  });

  it('lets States.TaskFailed match everything except States.Timeout and States.Runtime', () => {
    expect(errorEqualsMatches(['States.TaskFailed'], 'Lambda.Unknown')).toBe(true);
    expect(errorEqualsMatches(['States.TaskFailed'], 'States.Timeout')).toBe(false);
    expect(errorEqualsMatches(['States.TaskFailed'], 'States.Runtime')).toBe(false);
  });

  it('matches nothing without a list', () => {
    expect(errorEqualsMatches(undefined, 'X')).toBe(false);
  });
});
