import { describe, expect, it } from 'vitest';
import type { ActionContext } from '@/lib/emulator/server/action-context';
import { testState } from '@/lib/emulator/server/actions/test-state';
import { TEST_INVOKER } from '../../../../support/test-state/run-test-state-for-test';

const context = {
  region: 'us-east-1',
  accountId: '123456789012',
  runner: { taskInvoker: TEST_INVOKER },
  engine: { validateDefinition: () => ({ ok: true }) },
} as unknown as ActionContext;

describe('the TestState action', () => {
  it('runs the state with the emulator invoker and the request region', async () => {
    const answer = await testState(
      {
        definition: JSON.stringify({ Type: 'Task', Resource: 'arn:aws:lambda:us-east-1:123456789012:function:double', End: true }),
        input: '{"n": 2}',
        roleArn: 'r',
      },
      context,
    );
    expect(answer).toEqual({ status: 'SUCCEEDED', output: '{"n":4}' });
  });

  it('refuses an unknown state with AWS wording', async () => {
    const definition = JSON.stringify({ StartAt: 'A', States: { A: { Type: 'Pass', End: true } } });
    await expect(testState({ definition, stateName: 'B' }, context)).rejects.toThrow('State not found in definition');
  });
});
