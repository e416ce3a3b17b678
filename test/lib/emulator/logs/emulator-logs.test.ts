import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createEmulatorLogs } from '@/lib/emulator/logs/emulator-logs';
import type { ExecutionRecord, StateMachineRevision } from '@/lib/emulator/store/store-types';

const open: Database.Database[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

describe('createEmulatorLogs', () => {
  it('creates the log tables in the database and gives a writer that delivers into the returned store, on its clock', () => {
    const db = new Database(':memory:');
    open.push(db);
    const logs = createEmulatorLogs(db, () => 4_242);
    const tables = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).all() as Array<{ name: string }>).map(
      (r) => r.name,
    );
    expect(tables).toEqual(['log_events', 'log_groups', 'log_streams']);

    const revision = {
      loggingConfiguration: JSON.stringify({
        level: 'ALL',
        includeExecutionData: true,
        destinations: [{ cloudWatchLogsLogGroup: { logGroupArn: 'arn:aws:logs:us-east-1:123456789012:log-group:g:*' } }],
      }),
    } as StateMachineRevision;
    const execution = {
      arn: 'arn:aws:states:us-east-1:123456789012:express:M:e:u',
      stateMachineName: 'M',
      startDateMs: 0,
    } as ExecutionRecord;
    logs.writer.write(execution, revision, { id: 1, previousEventId: 0, type: 'ExecutionStarted', timestampMs: 7, details: '{}' });
    logs.writer.flush();
    const group = logs.store.getLogGroup('us-east-1', 'g');
    expect(group?.creationTimeMs).toBe(4_242);
    expect(logs.store.queryEvents({ groupId: group!.id, containing: [], limit: 5 }).map((e) => [e.timestampMs, e.ingestionTimeMs])).toEqual(
      [[7, 4_242]],
    );
  });
});
