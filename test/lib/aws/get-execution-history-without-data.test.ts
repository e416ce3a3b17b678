import type { SFNClient } from '@aws-sdk/client-sfn';
import { describe, expect, it } from 'vitest';
import type { CostSfnCaller } from '@/lib/aws/cost-sfn-caller';
import { getExecutionHistoryWithoutData } from '@/lib/aws/get-execution-history-without-data';

const ARN = 'arn:aws:states:us-east-1:123456789012:execution:orders:run-1';
const at = (ms: number) => new Date(1_773_133_200_000 + ms);

describe('getExecutionHistoryWithoutData', () => {
  it('reads every page through the cost caller, one counted call a page, without execution data', async () => {
    const pages: Record<string, { events: unknown[]; nextToken?: string }> = {
      first: { events: [{ id: 1, previousEventId: 0, type: 'ExecutionStarted', timestamp: at(0) }], nextToken: 'page-2' },
      'page-2': { events: [{ id: 2, previousEventId: 1, type: 'ExecutionSucceeded', timestamp: at(10) }] },
    };
    const inputs: unknown[] = [];
    const actions: string[] = [];
    const caller = {
      region: 'us-east-1',
      stats: { calls: 0, throttled: 0, throttledSurfaced: 0, byAction: {} },
      send: (action, _resource, call) => {
        actions.push(action);
        const sfn = {
          send: async (command: { input: { nextToken?: string } }) => {
            inputs.push(command.input);
            return pages[command.input.nextToken ?? 'first'];
          },
        };
        return call(sfn as unknown as SFNClient);
      },
      endpoint: async () => 'http://127.0.0.1:0',
      close: () => {},
    } satisfies CostSfnCaller;

    const events = await getExecutionHistoryWithoutData(caller, ARN);

    expect(events.map((event) => [event.id, event.type, event.timestamp])).toEqual([
      [1, 'ExecutionStarted', at(0)],
      [2, 'ExecutionSucceeded', at(10)],
    ]);
    expect(actions).toEqual(['GetExecutionHistory', 'GetExecutionHistory']);
    expect(inputs).toEqual([
      { executionArn: ARN, maxResults: 1000, includeExecutionData: false, nextToken: undefined },
      { executionArn: ARN, maxResults: 1000, includeExecutionData: false, nextToken: 'page-2' },
    ]);
  });
});
