import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ExecutionLogWriter } from '@/lib/emulator/logs/execution-log-writer';
import { LambdaLogWriter } from '@/lib/emulator/logs/lambda-log-writer';
import { LogsStore } from '@/lib/emulator/logs/logs-store';

describe('LambdaLogWriter', () => {
  it('creates /aws/lambda/NAME and the stream in the invocation region and appends the invocation', () => {
    const store = new LogsStore(new Database(':memory:'));
    const delivery = new ExecutionLogWriter(store, () => 1_000);
    const writer = new LambdaLogWriter(delivery);
    const invocation = {
      region: 'eu-west-1',
      functionName: 'F',
      logStreamName: '2026/03/01/[$LATEST]ab',
      startMs: 10,
      endMs: 20,
      memorySizeMb: 128,
      maxMemoryUsedMb: 50,
      lines: [],
    };
    writer.write({ ...invocation, requestId: 'r-1' });
    writer.write({ ...invocation, requestId: 'r-2' });
    delivery.flush();
    const group = store.getLogGroup('eu-west-1', '/aws/lambda/F');
    expect(group).toBeDefined();
    if (!group) return;
    expect(store.listLogStreams(group, '').map((stream) => stream.name)).toEqual(['2026/03/01/[$LATEST]ab']);
    const messages = store.queryEvents({ groupId: group.id, containing: [], limit: 100 }).map((event) => event.message);
    expect(messages.filter((message) => message.startsWith('START'))).toEqual([
      'START RequestId: r-1 Version: $LATEST',
      'START RequestId: r-2 Version: $LATEST',
    ]);
    expect(store.getLogGroup('us-east-1', '/aws/lambda/F')).toBeUndefined();
  });
});
