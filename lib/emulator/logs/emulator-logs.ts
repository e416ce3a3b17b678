import type Database from 'better-sqlite3';
import { ExecutionLogWriter } from './execution-log-writer';
import { LogsStore } from './logs-store';

/** The emulator's CloudWatch Logs: its store and the writer that delivers execution records into it. */
export interface EmulatorLogs {
  store: LogsStore;
  writer: ExecutionLogWriter;
}

export function createEmulatorLogs(db: Database.Database, nowMs: () => number = Date.now): EmulatorLogs {
  const store = new LogsStore(db);
  return { store, writer: new ExecutionLogWriter(store, nowMs) };
}
