import type { SFNClient } from '@aws-sdk/client-sfn';
import { describe, expect, it } from 'vitest';
import type { CostSfnCaller } from '@/lib/aws/cost-sfn-caller';
import { describeStateMachineForCost } from '@/lib/aws/describe-state-machine-for-cost';

const ARN = 'arn:aws:states:us-east-1:123456789012:stateMachine:orders';

/** A caller whose client answers every command with `output`, recording what was sent. */
function fakeCaller(output: Record<string, unknown>) {
  const sent: { action: string; resource: string | undefined; input: unknown }[] = [];
  const caller = {
    region: 'us-east-1',
    stats: { calls: 0, throttled: 0, throttledSurfaced: 0, byAction: {} },
    send: (action, resource, call) => {
      const sfn = { send: async (command: { input: unknown }) => (sent.push({ action, resource, input: command.input }), output) };
      return call(sfn as unknown as SFNClient);
    },
    endpoint: async () => 'http://127.0.0.1:0',
    close: () => {},
  } satisfies CostSfnCaller;
  return { caller, sent };
}

describe('describeStateMachineForCost', () => {
  it('sends DescribeStateMachine through the cost caller and keeps the name and type', async () => {
    const { caller, sent } = fakeCaller({ name: 'orders', type: 'EXPRESS' });
    await expect(describeStateMachineForCost(caller, ARN)).resolves.toEqual({ name: 'orders', type: 'EXPRESS' });
    expect(sent).toEqual([{ action: 'DescribeStateMachine', resource: ARN, input: { stateMachineArn: ARN } }]);
  });

  it('takes the name from the ARN when the answer has none, and an unknown type as STANDARD', async () => {
    const { caller } = fakeCaller({ type: 'SOMETHING_NEW' });
    await expect(describeStateMachineForCost(caller, ARN)).resolves.toEqual({ name: 'orders', type: 'STANDARD' });
  });
});
