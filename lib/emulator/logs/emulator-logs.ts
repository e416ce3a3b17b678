import type Database from 'better-sqlite3';
import { ExecutionLogWriter } from './execution-log-writer';
import { LambdaLogWriter } from './lambda-log-writer';
import { LogsStore } from './logs-store';

/** The emulator's CloudWatch Logs: its store, and the writers of execution records and of handler logs. */
export interface EmulatorLogs {
  store: LogsStore;
  writer: ExecutionLogWriter;
  lambda: LambdaLogWriter;
}

export function createEmulatorLogs(
  db: Database.Database,
  nowMs: () => number = Date.now,
  scheduleFlush?: (flush: () => void) => void,
): EmulatorLogs {
  const store = new LogsStore(db);
  const writer = new ExecutionLogWriter(store, nowMs, scheduleFlush);
  return { store, writer, lambda: new LambdaLogWriter(writer) };
}
