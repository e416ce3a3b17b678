import { describe, expect, it } from 'vitest';
import { readArchivedExecution, toArchivedExecutionDetail, type ExecutionArchive } from '@/lib/execution-index/read-archived-execution';
import type { IndexedExecution, StoredHistory, StoredHistoryKey } from '@/lib/execution-index/types';

const record: IndexedExecution = {
  source: 'http://127.0.0.1:8083',
  executionArn: 'arn:aws:states:us-east-1:1:execution:M:old',
  stateMachineArn: 'arn:aws:states:us-east-1:1:stateMachine:M',
  stateMachineName: 'M',
  workflowType: 'STANDARD',
  name: 'old',
  status: 'FAILED',
  startedAt: new Date(1000),
  stoppedAt: new Date(2000),
  redriveCount: 1,
  error: 'E',
  cause: 'why',
  input: { text: '{"a":"[redacted]"}', bytes: 18, truncated: false },
  transitions: 3,
  costUsd: 0,
  visits: [],
  indexedAt: new Date(3000),
};
const history: StoredHistory = { events: [], includesData: true, status: 'FAILED', storedAt: new Date(3000) };

function archiveWith(records: IndexedExecution[], histories: boolean): ExecutionArchive & { keys: StoredHistoryKey[] } {
  const keys: StoredHistoryKey[] = [];
  return {
    keys,
    getExecution: (source, arn) => Promise.resolve(records.find((r) => r.source === source && r.executionArn === arn)),
    getHistory: (key) => {
      keys.push(key);
      return Promise.resolve(histories ? history : undefined);
    },
  };
}

describe('readArchivedExecution', () => {
  it('returns the record with its stored history, asking for the history of that run', async () => {
    const archive = archiveWith([record], true);
    expect(await readArchivedExecution(archive, record.source, record.executionArn)).toEqual({ record, history });
    expect(archive.keys).toEqual([
      { source: record.source, executionArn: record.executionArn, startedAt: record.startedAt, redriveCount: 1 },
    ]);
  });

  it('returns nothing for another source, an unknown execution, or a record without history', async () => {
    expect(
      await readArchivedExecution(archiveWith([record], true), 'https://states.us-east-1.amazonaws.com', record.executionArn),
    ).toBeUndefined();
    expect(await readArchivedExecution(archiveWith([record], true), record.source, `${record.executionArn}x`)).toBeUndefined();
    expect(await readArchivedExecution(archiveWith([record], false), record.source, record.executionArn)).toBeUndefined();
  });
});

describe('toArchivedExecutionDetail', () => {
  it('says what DescribeExecution said, with the stored payloads', () => {
    expect(toArchivedExecutionDetail(record)).toEqual({
      arn: record.executionArn,
      stateMachineArn: record.stateMachineArn,
      name: 'old',
      status: 'FAILED',
      startedAt: new Date(1000),
      stoppedAt: new Date(2000),
      redriveCount: 1,
      input: '{"a":"[redacted]"}',
      error: 'E',
      cause: 'why',
    });
  });
});
