import { describe, expect, it } from 'vitest';
import { executionListItem } from '@/lib/emulator/server/actions/execution-list-item';
import type { ExecutionRecord } from '@/lib/emulator/store/store-types';

const record: ExecutionRecord = {
  id: 7,
  arn: 'arn:aws:states:us-east-1:123456789012:execution:M:e',
  stateMachineId: 1,
  stateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:M',
  stateMachineName: 'M',
  revision: 1,
  name: 'e',
  type: 'STANDARD',
  status: 'RUNNING',
  startDateMs: 1_700_000_000_123,
  stopDateMs: null,
  input: '{"secret":1}',
  output: null,
  error: null,
  cause: null,
  redriveCount: 0,
  redriveDateMs: null,
};

describe('executionListItem', () => {
  it('gives ARN, machine ARN, name, status and start date in epoch seconds, and no stop date while running', () => {
    expect(executionListItem(record)).toEqual({
      executionArn: record.arn,
      stateMachineArn: record.stateMachineArn,
      name: 'e',
      status: 'RUNNING',
      startDate: 1_700_000_000.123,
    });
  });

  it('adds the stop date of an ended execution and never its data', () => {
    const item = executionListItem({ ...record, status: 'FAILED', stopDateMs: 1_700_000_001_000, error: 'E', cause: 'C', output: '{}' });
    expect(item).toEqual(expect.objectContaining({ status: 'FAILED', stopDate: 1_700_000_001 }));
    expect(Object.keys(item)).toEqual(['executionArn', 'stateMachineArn', 'name', 'status', 'startDate', 'stopDate']);
  });

  it('keeps a stop date of 0 (epoch) rather than dropping it', () => {
    expect(executionListItem({ ...record, stopDateMs: 0 })).toHaveProperty('stopDate', 0);
  });
});
