import { describe, expect, it } from 'vitest';
import { StateFailure } from '@/lib/emulator/engine/execution-errors';
import type { StateFrame } from '@/lib/emulator/engine/runtime';
import { StateRetriable } from '@/lib/emulator/engine/state-test-hooks';
import { createTestHooks, emptyRecord, mockedAttempt } from '@/lib/emulator/test-state/test-state-hooks';

const frame = {} as StateFrame;

describe('TestState engine hooks', () => {
  it('record stages and hand out copies of the mocked result', async () => {
    const record = emptyRecord();
    const value = { a: [1] };
    const hooks = createTestHooks({ mock: { kind: 'result', value }, retrierRetryCount: 0, roleArn: null }, record);
    hooks.inspect('afterInputPath', 1);
    const attempt = hooks.mockedAttempt(frame);
    const result = await attempt?.();
    expect(result).toEqual(value);
    expect(result).not.toBe(value);
    expect(record.stages).toEqual({ afterInputPath: 1 });
    await expect(mockedAttempt({ kind: 'error', error: 'E', cause: 'C' })()).rejects.toBeInstanceOf(StateFailure);
  });

  it('decide a retry from the retries already made', () => {
    const record = emptyRecord();
    const hooks = createTestHooks({ retrierRetryCount: 4, roleArn: null }, record);
    const failure = new StateFailure('E', 'C');
    expect(() => hooks.retry(frame, failure, 0, { MaxAttempts: 5, IntervalSeconds: 1 })).toThrow(StateRetriable);
    hooks.retry(frame, failure, 2, { MaxAttempts: 4 });
    expect(record.errorDetails).toEqual({ retryIndex: 2 });
  });

  it('give $$ without RedriveCount and with the request role (null without one), or the request context', () => {
    const built = { Execution: { Id: 'x', RoleArn: '', RedriveCount: 0 }, State: { Name: 'StateName' } };
    expect(createTestHooks({ retrierRetryCount: 0, roleArn: null }, emptyRecord()).context(built)).toEqual({
      Execution: { Id: 'x', RoleArn: null },
      State: { Name: 'StateName' },
    });
    const given = { Execution: {}, State: {}, StateMachine: {} };
    expect(createTestHooks({ retrierRetryCount: 0, roleArn: 'r', context: given }, emptyRecord()).context(built)).toEqual(given);
  });
});
