import { describe, expect, it } from 'vitest';
import { DataSourceError } from '@/lib/aws/errors';
import { TestStateNotAvailableError } from '@/lib/aws/test-state';
import type { TestStateRequest, TestStateResult } from '@/lib/domain/test-state';
import { replayStateProcessing, type ReplayDependencies } from '@/lib/services/state-processing/replay-state-processing';
import {
  PROCESSING_DEFINITION,
  PROCESSING_EXECUTION_ARN,
  PROCESSING_ROLE_ARN,
  processingHistory,
} from '../../../support/state-processing/processing-history';

function dependencies(answer: (request: TestStateRequest) => TestStateResult): ReplayDependencies & { sent: TestStateRequest[] } {
  const sent: TestStateRequest[] = [];
  return {
    sent,
    describeStateMachineForExecution: () => Promise.resolve({ definition: PROCESSING_DEFINITION, roleArn: PROCESSING_ROLE_ARN }),
    testState: (request) => {
      sent.push(request);
      return Promise.resolve(answer(request));
    },
  };
}

const replay = (visitId: number, deps: ReplayDependencies, extra: { editedInput?: string; truncatedResult?: boolean } = {}) =>
  replayStateProcessing(
    {
      executionArn: PROCESSING_EXECUTION_ARN,
      events: processingHistory({ truncatedResult: extra.truncatedResult }),
      visitId,
      editedInput: extra.editedInput,
    },
    deps,
  );

describe('replayStateProcessing', () => {
  it('turns the TestState reply for a Task visit into ordered stages and an outcome', async () => {
    const deps = dependencies(() => ({
      status: 'SUCCEEDED',
      output: '{"orderId":"A1","payment":{"approved":true}}',
      inspection: {
        input: '{"orderId":"A1"}',
        result: '{"Payload":{"approved":true}}',
        afterResultSelector: '{"approved":true}',
        afterResultPath: '{"orderId":"A1","payment":{"approved":true}}',
      },
    }));
    const view = await replay(4, deps);
    expect(view).toMatchObject({
      kind: 'replayed',
      stateName: 'Verify',
      stateType: 'Task',
      queryLanguage: 'JSONPath',
      mock: 'result',
      edited: false,
    });
    expect(view?.kind === 'replayed' && view.stages.map((stage) => stage.key)).toEqual([
      'input',
      'result',
      'afterResultSelector',
      'afterResultPath',
      'output',
    ]);
    expect(deps.sent[0]).toMatchObject({ stateName: 'Verify', mock: { result: expect.stringContaining('"approved":true') } });
  });

  it('runs the state again on an edited input, still mocking the recorded result', async () => {
    const deps = dependencies(() => ({ status: 'SUCCEEDED', output: '{}', inspection: {} }));
    const view = await replay(4, deps, { editedInput: '{"orderId":"B2"}' });
    expect(view).toMatchObject({ kind: 'replayed', edited: true, mock: 'result' });
    expect(deps.sent[0]?.input).toBe('{"orderId":"B2"}');
  });

  it('does not call TestState when the history truncated the result, and shows the recorded payloads', async () => {
    const deps = dependencies(() => {
      throw new Error('must not be called');
    });
    expect(await replay(4, deps, { truncatedResult: true })).toEqual({
      kind: 'unavailable',
      reason: 'truncated',
      message: 'The history cut this visit’s result at its size limit, so it cannot be replayed faithfully.',
      input: '{"orderId":"A1","customer":"Ann"}',
      output: '{"orderId":"A1","customer":"Ann","payment":{"approved":true}}',
    });
    expect(deps.sent).toEqual([]);
  });

  it('says so in words when the data source lacks TestState or the credentials may not call it', async () => {
    const missing = await replay(
      4,
      dependencies(() => {
        throw new TestStateNotAvailableError('The data source does not serve TestState (UnknownOperationException: x).');
      }),
    );
    expect(missing).toMatchObject({ kind: 'unavailable', reason: 'not-available', input: '{"orderId":"A1","customer":"Ann"}' });
    const denied = await replay(
      4,
      dependencies(() => {
        throw new DataSourceError('access-denied', 'Step Functions refused the request (TestState): denied', 'hint');
      }),
    );
    expect(denied).toMatchObject({ kind: 'unavailable', reason: 'not-allowed' });
    expect(denied?.kind === 'unavailable' && denied.message).toBe(
      'TestState is not allowed for these credentials (it needs states:TestState). Step Functions refused the request (TestState): denied',
    );
  });

  it('answers undefined for a visit the history does not have, and lets other data-source errors through', async () => {
    expect(
      await replay(
        5,
        dependencies(() => ({ status: 'SUCCEEDED', inspection: {} })),
      ),
    ).toBeUndefined();
    const unreachable = dependencies(() => {
      throw new DataSourceError('unreachable', 'down', 'hint');
    });
    await expect(replay(4, unreachable)).rejects.toMatchObject({ kind: 'unreachable' });
  });
});
