import Database from 'better-sqlite3';
import { createEmulatorLogs } from '@/lib/emulator/logs/emulator-logs';
import type { ActionContext } from '@/lib/emulator/server/action-context';
import { createStateMachine } from '@/lib/emulator/server/actions/create-state-machine';
import { startExecution } from '@/lib/emulator/server/actions/start-execution';
import type { EmulatorEngine } from '@/lib/emulator/server/emulator-engine';
import { ExecutionRunner } from '@/lib/emulator/server/execution-runner';
import { PageTokenCodec } from '@/lib/emulator/server/page-token-codec';
import { applySchema } from '@/lib/emulator/store/apply-schema';
import { EmulatorStore } from '@/lib/emulator/store/emulator-store';
import { fakeEngine, noTasks } from '../emulator-server/fake-engine';

export const ACCOUNT_ID = '123456789012';
export const REGION = 'us-east-1';
export const ROLE_ARN = 'arn:aws:iam::123456789012:role/DummyRole';
export const MACHINE_PREFIX = `arn:aws:states:${REGION}:${ACCOUNT_ID}:stateMachine:`;
export const EXECUTION_PREFIX = `arn:aws:states:${REGION}:${ACCOUNT_ID}:execution:`;

/** A definition the fake engine runs to the end at once. */
export const PASS_DEFINITION = JSON.stringify({ StartAt: 'P', States: { P: { Type: 'Pass', End: true } } });
/** A definition the fake engine keeps RUNNING for an hour (time scale 1) until it is stopped. */
export const WAIT_DEFINITION = JSON.stringify({ StartAt: 'W', States: { W: { Type: 'Wait', Seconds: 3_600, End: true } } });

export interface ActionTestContext {
  context: ActionContext;
  /** Moves the context's clock (epoch ms). */
  setNow(ms: number): void;
  /** Ends running executions and closes the store. */
  close(): void;
}

/**
 * What the request listener hands every action, built in-process: the real store and schema on an
 * in-memory SQLite database (openEmulatorStore only adds the file, WAL and the folder lock, and costs
 * ~30 ms a store), the real runner on the fake engine (test/support/emulator-server/fake-engine.ts),
 * the real CloudWatch Logs store, a fixed token secret and a clock the test sets (starting at
 * 1,700,000,000,000 ms).
 */
export function createActionTestContext(options: { engine?: EmulatorEngine; region?: string } = {}): ActionTestContext {
  const db = new Database(':memory:');
  applySchema(db);
  const store = new EmulatorStore(db);
  let now = 1_700_000_000_000;
  const nowMs = () => now;
  const logs = createEmulatorLogs(store.db, nowMs);
  const engine = options.engine ?? fakeEngine;
  const runner = new ExecutionRunner({
    store,
    engine,
    invoker: noTasks,
    accountId: ACCOUNT_ID,
    timeScale: 1,
    onEvent: (execution, revision, event) => logs.writer.write(execution, revision, event),
  });
  const context: ActionContext = {
    store,
    logs,
    runner,
    engine,
    tokens: new PageTokenCodec(Buffer.from('action-test-secret')),
    region: options.region ?? REGION,
    accountId: ACCOUNT_ID,
    nowMs,
  };
  return {
    context,
    setNow: (ms) => {
      now = ms;
    },
    close: () => {
      runner.close();
      logs.writer.flush();
      store.close();
    },
  };
}

/** CreateStateMachine through its action; returns the new machine's ARN. */
export function createMachine(context: ActionContext, name: string, extra: Record<string, unknown> = {}): string {
  const result = createStateMachine({ name, definition: PASS_DEFINITION, roleArn: ROLE_ARN, ...extra }, context) as {
    stateMachineArn: string;
  };
  return result.stateMachineArn;
}

/** StartExecution through its action; returns the execution's ARN. */
export function startExecutionOf(context: ActionContext, stateMachineArn: string, name: string, input = '{}'): string {
  const result = startExecution({ stateMachineArn, name, input }, context) as { executionArn: string };
  return result.executionArn;
}
