import { describe, expect, it } from 'vitest';
import { StatesError } from '@/lib/emulator/asl/states-error';

describe('StatesError', () => {
  it('carries the error name, the cause after the state prefix, and an optional location', () => {
    const error = new StatesError('States.QueryEvaluationError', 'The JSONata expression failed', 'Output');
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ error: 'States.QueryEvaluationError', causeText: 'The JSONata expression failed', location: 'Output' });
    expect(error.name).toBe('StatesError');
    expect(error.message).toBe('States.QueryEvaluationError: The JSONata expression failed');
  });

  it('leaves location undefined when none is given', () => {
    expect(new StatesError('States.Runtime', '').location).toBeUndefined();
    expect(new StatesError('States.Runtime', '').message).toBe('States.Runtime: ');
  });
});
