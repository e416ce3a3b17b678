import { spawn } from 'node:child_process';
import { copyFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CreateStateMachineCommand, GetExecutionHistoryCommand, StartExecutionCommand } from '@aws-sdk/client-sfn';
import { afterAll, describe, expect, it } from 'vitest';
import type { EmulatorEngine } from '@/lib/emulator/server/emulator-engine';
import { startEmulatorServer } from '@/lib/emulator/start-emulator-server';
import { endInterruptedExecutions, INTERRUPTED_CAUSE } from '@/lib/emulator/store/end-interrupted-execution';
import { DATABASE_FILE_NAME, openEmulatorStore } from '@/lib/emulator/store/open-emulator-store';
import { noTasks } from '../../support/emulator-server/fake-engine';
import { makeClient, makeDataDir, ROLE_ARN } from '../../support/emulator-server/start-test-emulator';

const PASS = JSON.stringify({ StartAt: 'P', States: { P: { Type: 'Pass', End: true } } });
const CHILD = fileURLToPath(new URL('../../support/emulator-server/crash-child.ts', import.meta.url));

/** An engine that has not reported anything yet when the process dies: the narrowest crash window. */
const silentEngine: EmulatorEngine = {
  runExecution: () => new Promise(() => {}),
  validateDefinition: () => ({ ok: true }),
};

/** Copies the database files as they are on disk right now, as a kill -9 would leave them. */
function snapshot(from: string, to: string): void {
  for (const suffix of ['', '-wal']) {
    const file = `${DATABASE_FILE_NAME}${suffix}`;
    if (existsSync(path.join(from, file))) copyFileSync(path.join(from, file), path.join(to, file));
  }
}

describe('an execution interrupted right after it started', () => {
  const running = makeDataDir();
  const crashed = makeDataDir();
  afterAll(() => {
    running.remove();
    crashed.remove();
  });

  it('has a history that starts with ExecutionStarted and ends with the interrupted ExecutionFailed', async () => {
    const first = await startEmulatorServer({ port: 0, dataDir: running.dir }, silentEngine, noTasks);
    try {
      const sfn = makeClient(first);
      const { stateMachineArn } = await sfn.send(new CreateStateMachineCommand({ name: 'M', definition: PASS, roleArn: ROLE_ARN }));
      await sfn.send(new StartExecutionCommand({ stateMachineArn, name: 'e', input: '{"n":1}' }));
      snapshot(running.dir, crashed.dir);
    } finally {
      await first.close();
    }

    const second = await startEmulatorServer({ port: 0, dataDir: crashed.dir }, silentEngine, noTasks);
    try {
      const executionArn = 'arn:aws:states:us-east-1:123456789012:execution:M:e';
      const { events } = await makeClient(second).send(new GetExecutionHistoryCommand({ executionArn }));
      expect(events!.map((e) => e.type)).toEqual(['ExecutionStarted', 'ExecutionFailed']);
      expect(events![0]!.executionStartedEventDetails).toEqual({
        input: '{"n":1}',
        inputDetails: { truncated: false },
        roleArn: ROLE_ARN,
      });
      expect(events![1]).toMatchObject({
        id: 2,
        previousEventId: 1,
        executionFailedEventDetails: { error: 'States.Runtime', cause: INTERRUPTED_CAUSE },
      });
    } finally {
      await second.close();
    }
  });
});

/** Runs the child emulator under load and kills it with SIGKILL `delayMs` after it is busy. */
function runAndKill(dataDir: string, delayMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) setTimeout(() => child.kill('SIGKILL'), delayMs);
    });
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve();
      else reject(new Error(`the child ended by itself (code ${code}): ${stderr}`));
    });
  });
}

describe('kill -9 while executions start', () => {
  const data = makeDataDir();
  afterAll(() => data.remove());

  it('leaves every stored execution with a history that begins with ExecutionStarted', async () => {
    const delays = [0, 1, 2].map(() => Math.floor(Math.random() * 400));
    console.log(`kill -9 after ${delays.join(', ')} ms of load`);
    for (const delay of delays) await runAndKill(data.dir, delay);

    const store = openEmulatorStore(data.dir);
    try {
      endInterruptedExecutions(store);
      const rows = store.db
        .prepare<[], { id: number; status: string; first: string | null; last: string | null }>(
          `SELECT e.id, e.status,
             (SELECT type FROM history_events h WHERE h.execution_id = e.id ORDER BY h.id LIMIT 1) AS first,
             (SELECT type FROM history_events h WHERE h.execution_id = e.id ORDER BY h.id DESC LIMIT 1) AS last
           FROM executions e`,
        )
        .all();
      expect(rows.length).toBeGreaterThan(3 * 20);
      expect(rows.filter((row) => row.first !== 'ExecutionStarted')).toEqual([]);
      expect(rows.filter((row) => row.status === 'RUNNING')).toEqual([]);
      const terminal = new Set(['ExecutionSucceeded', 'ExecutionFailed', 'ExecutionAborted', 'ExecutionTimedOut']);
      expect(rows.filter((row) => !terminal.has(row.last ?? ''))).toEqual([]);
    } finally {
      store.close();
    }
  }, 60_000);
});
