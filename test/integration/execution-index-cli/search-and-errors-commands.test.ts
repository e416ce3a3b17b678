import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runErrorsCommand } from '@/lib/cli/commands/errors';
import { runSearchCommand } from '@/lib/cli/commands/search';
import { SqliteExecutionIndexStore } from '@/lib/execution-index/sqlite/sqlite-execution-index-store';
import type { IndexedExecution } from '@/lib/execution-index/types';

// `statescope search` and `statescope errors` against an index file filled through the store itself.

const BIN = join(process.cwd(), 'bin', 'statescope.js');
const SOURCE = 'http://127.0.0.1:8083';
const ORDERS = 'arn:aws:states:us-east-1:123456789012:stateMachine:order-workflow';
const HOUR = 3_600_000;
const now = Date.now();
const dir = mkdtempSync(join(tmpdir(), 'statescope-search-cli-'));
const indexFile = join(dir, 'index.db');

function execution(name: string, hoursAgo: number, fields: Partial<IndexedExecution>): IndexedExecution {
  const startedAt = new Date(now - hoursAgo * HOUR);
  return {
    source: SOURCE,
    executionArn: `arn:aws:states:us-east-1:123456789012:execution:order-workflow:${name}`,
    stateMachineArn: ORDERS,
    stateMachineName: 'order-workflow',
    workflowType: 'STANDARD',
    name,
    status: 'SUCCEEDED',
    startedAt,
    stoppedAt: new Date(startedAt.getTime() + 2000),
    redriveCount: 0,
    transitions: 6,
    costUsd: 0.00015,
    visits: [],
    indexedAt: new Date(now),
    ...fields,
  };
}

const payload = (value: unknown) => {
  const text = JSON.stringify(value);
  return { text, bytes: Buffer.byteLength(text), truncated: false };
};

const declined = (name: string, hoursAgo: number, order: string) =>
  execution(name, hoursAgo, {
    status: 'FAILED',
    input: payload({ order: { id: order, amount: 412.5 }, customer: 'c-1' }),
    failingState: 'PaymentDeclined',
    error: 'PaymentDeclined',
    cause: `Card declined for order ${order}`,
    normalizedCause: 'Card declined for order <id>',
    rootCause: { state: 'VerifyPayment', error: 'CardDeclined', message: `Card declined for order ${order}` },
  });

const RECORDS = [
  execution('fulfilled-1', 1, { input: payload({ order: { id: 'ORD-20483', amount: 99 } }), output: payload({ status: 'SHIPPED' }) }),
  declined('declined-1', 2, 'ORD-31337'),
  declined('declined-2', 3, 'ORD-40404'),
  execution('old-timeout', 24 * 10, { status: 'TIMED_OUT', error: 'States.Timeout', failingState: 'WaitForCourier', normalizedCause: '' }),
];

function capture(): { io: { stdout: (t: string) => void; stderr: (t: string) => void }; out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return { io: { stdout: (t) => (out += t), stderr: (t) => (err += t) }, out: () => out, err: () => err };
}

async function run(command: typeof runSearchCommand, argv: string[]) {
  const { io, out, err } = capture();
  const code = await command(argv, io);
  return { code, stdout: out(), stderr: err() };
}

beforeAll(async () => {
  const store = new SqliteExecutionIndexStore(indexFile);
  await store.putExecutions(RECORDS);
  await store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('statescope search', () => {
  it('finds an order id in the input and prints the --json shape with the snippet marked', async () => {
    const { code, stdout, stderr } = await run(runSearchCommand, ['ORD-20483', '--index', indexFile, '--json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const hits = JSON.parse(stdout) as Record<string, unknown>[];
    expect(hits).toHaveLength(1);
    expect(Object.keys(hits[0] ?? {}).sort()).toEqual(['executionArn', 'snippet', 'startDate', 'stateMachineArn', 'status']);
    expect(hits[0]).toMatchObject({
      executionArn: RECORDS[0]?.executionArn,
      stateMachineArn: ORDERS,
      status: 'SUCCEEDED',
      startDate: RECORDS[0]?.startedAt.toISOString(),
    });
    expect(hits[0]?.snippet).toMatch(/«ORD»?.*20483/);
  });

  it('combines a field condition with a status qualifier', async () => {
    const { code, stdout } = await run(runSearchCommand, ['$.order.amount > 100 status:failed', '--index', indexFile, '--json']);
    expect(code).toBe(0);
    const hits = JSON.parse(stdout) as { executionArn: string; snippet: string | null }[];
    expect(hits.map((hit) => hit.executionArn.split(':').pop())).toEqual(['declined-1', 'declined-2']);
    expect(hits[0]?.snippet).toBeNull();
  });

  it('prints a readable table with the total', async () => {
    const { code, stdout } = await run(runSearchCommand, ['declined', '--index', indexFile, '--limit', '1']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^STATUS +STARTED +STATE MACHINE +EXECUTION\n/);
    expect(stdout).toContain('FAILED');
    expect(stdout).toContain('declined-1');
    expect(stdout).toContain('2 matching executions (showing 1; raise --limit for more)');
  });

  it('says where a query goes wrong, with exit code 2', async () => {
    const { code, stderr } = await run(runSearchCommand, ['$.amount >', '--index', indexFile]);
    expect(code).toBe(2);
    expect(stderr).toContain("statescope search: bad query: at column 11: expected a value after '>'");
    expect(stderr).toContain('  $.amount >\n            ^');
  });

  it('names a missing index and how to fill it, without creating the file', async () => {
    const missing = join(dir, 'nope', 'index.db');
    const { code, stderr } = await run(runSearchCommand, ['x', '--index', missing]);
    expect(code).toBe(1);
    expect(stderr).toBe(`statescope search: no index at ${missing}; run \`statescope sync\` first (or pass --index FILE)\n`);
  });

  it('refuses a bad --limit', async () => {
    const { code, stderr } = await run(runSearchCommand, ['x', '--index', indexFile, '--limit', '0']);
    expect(code).toBe(2);
    expect(stderr).toContain("option --limit must be a number of at least 1, got '0'");
  });
});

describe('statescope errors', () => {
  it('groups the two declined orders under the real cause, largest first, in the --json shape', async () => {
    const { code, stdout, stderr } = await run(runErrorsCommand, ['--index', indexFile, '--json', '--since', '30d']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const groups = JSON.parse(stdout) as Record<string, unknown>[];
    expect(groups[0]).toEqual({
      stateMachineArn: ORDERS,
      state: 'VerifyPayment',
      error: 'CardDeclined',
      cause: 'Card declined for order <id>',
      count: 2,
      firstSeen: RECORDS[2]?.startedAt.toISOString(),
      lastSeen: RECORDS[1]?.startedAt.toISOString(),
      executions: [RECORDS[1]?.executionArn, RECORDS[2]?.executionArn],
    });
    expect(groups.map((group) => group.count)).toEqual([2, 1]);
  });

  it('leaves out failures before --since, and prints text', async () => {
    const { code, stdout } = await run(runErrorsCommand, ['--index', indexFile]);
    expect(code).toBe(0);
    expect(stdout).toContain('    2×  order-workflow › VerifyPayment › CardDeclined');
    expect(stdout).not.toContain('States.Timeout');
  });

  it('refuses a bad --since and a --machine that is not an ARN', async () => {
    expect((await run(runErrorsCommand, ['--index', indexFile, '--since', 'yesterday'])).stderr).toContain(
      "option --since must be a span like 30m, 24h, 7d or 2w, or a date like 2026-12-01 (UTC) or 2026-12-01T08:00Z, got 'yesterday'",
    );
    expect((await run(runErrorsCommand, ['--index', indexFile, '--machine', 'orders'])).stderr).toContain(
      'option --machine must be a state machine ARN',
    );
  });
});

describe('through bin/statescope.js from another directory', () => {
  it('search and errors read the index given by a relative --index', () => {
    const spawn = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
    const search = spawn(['search', '"card declined"', '--index', 'index.db', '--json']);
    expect(search.stderr).toBe('');
    expect(search.status).toBe(0);
    expect((JSON.parse(search.stdout) as unknown[]).length).toBe(2);
    const errors = spawn(['errors', '--index', 'index.db', '--json', '--since', '30d']);
    expect(errors.status).toBe(0);
    expect((JSON.parse(errors.stdout) as { count: number }[])[0]?.count).toBe(2);
  }, 60_000);
});
