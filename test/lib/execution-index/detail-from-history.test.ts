import { describe, expect, it } from 'vitest';
import type { ExecutionSummary, HistoryEventRecord } from '@/lib/domain';
import { detailFromHistory } from '@/lib/execution-index/detail-from-history';

const at = (s: number) => new Date(Date.UTC(2026, 11, 1, 0, 0, s));
const listed: ExecutionSummary = {
  arn: 'arn:aws:states:us-east-1:123456789012:execution:orders:o-1',
  stateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:orders',
  name: 'o-1',
  status: 'FAILED',
  startedAt: at(0),
  stoppedAt: at(9),
};
const started: HistoryEventRecord = {
  id: 1,
  type: 'ExecutionStarted',
  timestamp: at(0),
  executionStartedEventDetails: {
    input: '{"orderId":"ORD-1"}',
    stateMachineVersionArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:orders:3',
  },
};

describe('detailFromHistory', () => {
  it('reads input, version, error and cause of a failed execution from its history', () => {
    const failed: HistoryEventRecord = {
      id: 5,
      type: 'ExecutionFailed',
      timestamp: at(9),
      executionFailedEventDetails: { error: 'PaymentVerificationFailed', cause: 'declined' },
    };
    expect(detailFromHistory(listed, [started, failed])).toEqual({
      ...listed,
      input: '{"orderId":"ORD-1"}',
      error: 'PaymentVerificationFailed',
      cause: 'declined',
      stateMachineVersionArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:orders:3',
    });
  });

  it('takes the status and redrive count from the history when a redrive ended after the listing', () => {
    const events: HistoryEventRecord[] = [
      started,
      { id: 2, type: 'ExecutionFailed', timestamp: at(5), executionFailedEventDetails: { error: 'E' } },
      { id: 3, type: 'ExecutionRedriven', timestamp: at(6), executionRedrivenEventDetails: { redriveCount: 1 } },
      { id: 4, type: 'ExecutionSucceeded', timestamp: at(9), executionSucceededEventDetails: { output: '{"ok":true}' } },
    ];
    expect(detailFromHistory(listed, events)).toMatchObject({ status: 'SUCCEEDED', redriveCount: 1, output: '{"ok":true}' });
  });

  it('answers undefined when the history cannot stand in for DescribeExecution', () => {
    const running: HistoryEventRecord = { id: 2, type: 'PassStateEntered', timestamp: at(1) };
    expect(detailFromHistory(listed, [started, running])).toBeUndefined();
    expect(detailFromHistory(listed, [])).toBeUndefined();
    const truncatedInput: HistoryEventRecord = {
      ...started,
      executionStartedEventDetails: { input: '{"a":', inputDetails: { truncated: true } },
    };
    const succeeded: HistoryEventRecord = {
      id: 2,
      type: 'ExecutionSucceeded',
      timestamp: at(2),
      executionSucceededEventDetails: { output: '{}' },
    };
    expect(detailFromHistory(listed, [truncatedInput, succeeded])).toBeUndefined();
    const truncatedOutput: HistoryEventRecord = {
      ...succeeded,
      executionSucceededEventDetails: { output: '{"a":', outputDetails: { truncated: true } },
    };
    expect(detailFromHistory(listed, [started, truncatedOutput])).toBeUndefined();
  });
});
