import { describe, expect, it } from 'vitest';
import { BranchAborted, ExecutionHalted, StateFailure } from '@/lib/emulator/engine/execution-errors';

describe('StateFailure', () => {
  it('carries error, cause and the Catch cause override', () => {
    const failure = new StateFailure('States.Timeout', undefined, '');
    expect(failure).toBeInstanceOf(Error);
    expect(failure).toMatchObject({ name: 'StateFailure', error: 'States.Timeout', cause: undefined, errorOutputCause: '' });
    expect(failure.message).toBe('States.Timeout: ');
  });

  it('reads as "error: cause", with absent parts empty', () => {
    expect(new StateFailure('Oops', 'because').message).toBe('Oops: because');
    expect(new StateFailure(undefined, undefined).message).toBe(': ');
    expect(new StateFailure('Oops', 'because').errorOutputCause).toBeUndefined();
  });
});

describe('ExecutionHalted and BranchAborted', () => {
  it.each([
    [new ExecutionHalted(), 'ExecutionHalted', 'execution halted'],
    [new BranchAborted(), 'BranchAborted', 'branch aborted'],
  ])('%s', (error, name, message) => {
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe(name);
    expect(error.message).toBe(message);
  });

  it('are told apart by class', () => {
    expect(new ExecutionHalted()).not.toBeInstanceOf(BranchAborted);
    expect(new BranchAborted()).not.toBeInstanceOf(ExecutionHalted);
  });
});
