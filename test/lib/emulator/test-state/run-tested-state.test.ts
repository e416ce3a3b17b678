import { describe, expect, it } from 'vitest';
import { runTestedState } from '@/lib/emulator/test-state/run-tested-state';
import { readTestStateRequest } from '@/lib/emulator/test-state/test-state-request';
import { TEST_INVOKER } from '../../../support/test-state/run-test-state-for-test';

const env = { region: 'eu-west-1', accountId: '123456789012', invoker: TEST_INVOKER };

describe('runTestedState', () => {
  it('runs the state as StateName in an express execution with generated names', async () => {
    const request = readTestStateRequest({ definition: '{}', roleArn: 'arn:aws:iam::123456789012:role/R' });
    const state = { Type: 'Pass', QueryLanguage: 'JSONata', Output: '{% $states.context %}', End: true };
    const outcome = await runTestedState(request, { state, type: 'Pass', queryLanguage: 'JSONata' }, undefined, env);
    const context = outcome.output as { Execution: { Id: string; RoleArn: string }; State: { Name: string } };
    expect(context.State.Name).toBe('StateName');
    expect(context.Execution.Id).toMatch(/^arn:aws:states:eu-west-1:123456789012:express:[^:]+:[^:]+$/);
    expect(context.Execution.RoleArn).toBe('arn:aws:iam::123456789012:role/R');
  });

  it('reports a failing local handler as FAILED with its error, without the history prefix', async () => {
    const request = readTestStateRequest({ definition: '{}', roleArn: 'r' });
    const state = { Type: 'Task', Resource: 'arn:aws:lambda:eu-west-1:123456789012:function:boom', End: true };
    const outcome = await runTestedState(request, { state, type: 'Task', queryLanguage: 'JSONPath' }, undefined, env);
    expect(outcome).toMatchObject({ status: 'FAILED', error: 'Boom.Error', cause: 'it went boom' });
  });

  it('fails a state that outlasts the time limit with States.Timeout, as AWS does after five minutes', async () => {
    const hanging = { invoke: () => new Promise<never>(() => {}) };
    const request = readTestStateRequest({ definition: '{}', roleArn: 'r' });
    const state = { Type: 'Task', Resource: 'arn:aws:lambda:eu-west-1:123456789012:function:slow', End: true };
    const outcome = await runTestedState(request, { state, type: 'Task', queryLanguage: 'JSONPath' }, undefined, {
      ...env,
      invoker: hanging,
      timeLimitMs: 50,
    });
    expect(outcome).toMatchObject({ status: 'FAILED', error: 'States.Timeout' });
  });
});
