import { describe, expect, it } from 'vitest';
import type { JsonValue } from '@/lib/emulator/asl/json-value';
import { StateFailure } from '@/lib/emulator/engine/execution-errors';
import type { StateFrame } from '@/lib/emulator/engine/runtime';
import { inspectStage, StateRetriable, type StateTestHooks } from '@/lib/emulator/engine/state-test-hooks';

function frameWith(test: StateTestHooks | undefined): StateFrame {
  return { branch: { runtime: { test } } } as unknown as StateFrame;
}

describe('state test hooks', () => {
  it('hands each stage to the TestState hooks, and does nothing in an execution', () => {
    const seen: Array<[string, JsonValue]> = [];
    const hooks: StateTestHooks = {
      inspect: (stage, value) => seen.push([stage, value]),
      mockedAttempt: () => undefined,
      retry: () => undefined,
      context: (built) => built,
    };
    inspectStage(frameWith(hooks), 'afterInputPath', { a: 1 });
    expect(() => inspectStage(frameWith(undefined), 'result', 1)).not.toThrow();
    expect(seen).toEqual([['afterInputPath', { a: 1 }]]);
  });

  it('carries the failure, the retrier index and the back-off of a retriable attempt', () => {
    const failure = new StateFailure('MockException', 'cause');
    const retriable = new StateRetriable(failure, 1, 16);
    expect(retriable).toBeInstanceOf(Error);
    expect([retriable.failure, retriable.retryIndex, retriable.backoffSeconds]).toEqual([failure, 1, 16]);
  });
});
