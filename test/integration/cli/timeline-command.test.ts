import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runTimelineCommand } from '@/lib/cli/commands/timeline';

const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/history/${name}`, import.meta.url));
const dir = mkdtempSync(path.join(tmpdir(), 'statescope-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runTimelineCommand(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

describe('statescope timeline', () => {
  it('prints status, duration, failure path, root cause and a per-state table', async () => {
    const { code, stdout, stderr } = await run(fixture('order-shipping-failed.json'));
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain('Execution FAILED');
    expect(stdout).toContain('Started 2026-03-10 09:00:00Z   Stopped 2026-03-10 09:00:01Z   Duration 1.37 s');
    expect(stdout).toContain('Failure path: PrepareShipment → ShipAndNotify → CreateShipment');
    expect(stdout).toContain('Root cause: CreateShipment: CarrierUnavailable\n  no carrier accepts parcels to this address');
    expect(stdout).toMatch(/STATE\s+TYPE\s+VISITS\s+FAILED\s+CAUGHT\s+RETRIES\s+TIME\s+TRANSITIONS/);
    expect(stdout).toMatch(/CreateShipment\s+Task\s+1\s+1\s+0\s+0\s+1\.32 s\s+1/);
  });

  it('lists caught errors with the state the Catch chose, and retries per state', async () => {
    const { stdout } = await run(fixture('order-payment-caught.json'));
    expect(stdout).toContain('Caught errors:\n  ChargePayment: PaymentDeclined → RecordDeclinedPayment');
    expect(stdout).toMatch(/ChargePayment\s+Task\s+1\s+0\s+1\s+2\s+9\.66 s\s+3/);
  });

  it('prints one JSON document with --json', async () => {
    const { code, stdout } = await run(fixture('order-fulfilment-succeeded.json'), '--json');
    expect(code).toBe(0);
    const doc = JSON.parse(stdout) as Record<string, unknown> & { visits: Record<string, unknown>[] };
    for (const key of [
      'status',
      'startDate',
      'stopDate',
      'transitions',
      'visits',
      'failurePath',
      'rootCause',
      'caught',
      'unknownEvents',
      'partial',
    ]) {
      expect(doc).toHaveProperty(key);
    }
    expect(doc).toMatchObject({
      status: 'SUCCEEDED',
      startDate: '2026-03-10T09:00:00.000Z',
      stopDate: '2026-03-10T09:00:02.470Z',
      transitions: 7,
      partial: false,
    });
    const map = doc.visits[0]!;
    for (const key of [
      'name',
      'type',
      'status',
      'startedAt',
      'endedAt',
      'input',
      'output',
      'attempts',
      'error',
      'cause',
      'caughtBy',
      'children',
    ]) {
      expect(map).toHaveProperty(key);
    }
    expect(map.children).toEqual([
      expect.objectContaining({
        type: 'MapIteration',
        index: 0,
        children: [expect.objectContaining({ name: 'ReserveStock', type: 'Task', input: { sku: 'A-1', qty: 2 } })],
      }),
      expect.objectContaining({ type: 'MapIteration', index: 1 }),
      expect.objectContaining({ type: 'MapIteration', index: 2 }),
    ]);
  });

  it('accepts a masked recording with a warning on stderr, keeping stdout one JSON document', async () => {
    const file = path.join(dir, 'masked.json');
    writeFileSync(
      file,
      JSON.stringify({
        artifacts: ['parallel-branches-normalized'],
        events: [
          { id: 1, previousEventId: 0, type: 'ExecutionStarted', timestamp: 'timestamp', executionStartedEventDetails: { input: {} } },
          { id: [0], previousEventId: 0, type: 'PassStateEntered', timestamp: 'timestamp', stateEnteredEventDetails: { name: 'A' } },
        ],
      }),
    );
    const { code, stdout, stderr } = await run(file, '--json');
    expect(code).toBe(0);
    expect(stderr).toContain('warning: ');
    expect(stderr).toContain('reshaped by its recorder');
    expect(JSON.parse(stdout)).toMatchObject({ status: 'RUNNING', partial: true });
  });

  it('fails with a message naming the file, event and field for a malformed history', async () => {
    const file = path.join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ events: [{ id: 1, previousEventId: 0, type: 'ExecutionStarted', timestamp: 'soon' }] }));
    const { code, stdout, stderr } = await run(file);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      `statescope timeline: bad history input: ${file}, events[0], field 'timestamp': expected a date (ISO-8601 text or epoch seconds), got the string "soon"\n`,
    );
  });

  it('fails clearly for a missing file, a file that is not JSON, and bad arguments', async () => {
    expect(await run(path.join(dir, 'nope.json'))).toMatchObject({
      code: 1,
      stderr: `statescope timeline: cannot read ${path.join(dir, 'nope.json')}: no such file\n`,
    });
    const notJson = path.join(dir, 'not.json');
    writeFileSync(notJson, 'events: []');
    const bad = await run(notJson);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(`bad history input: ${notJson}: not valid JSON`);
    expect(await run()).toMatchObject({ code: 2, stderr: expect.stringContaining('missing a history file or execution ARN') });
    expect(await run('a.json', 'b.json')).toMatchObject({ code: 2, stderr: expect.stringContaining("unexpected argument 'b.json'") });
    expect(await run('a.json', '--yaml')).toMatchObject({ code: 2, stderr: expect.stringContaining('unknown option --yaml') });
  });

  it.skipIf(!existsSync(path.resolve(process.cwd(), 'bin/statescope.js')))(
    'reads an execution ARN through the AWS adapter and fails with a clear message when AWS is unreachable',
    () => {
      const result = spawnSync(
        process.execPath,
        ['bin/statescope.js', 'timeline', 'arn:aws:states:us-east-1:123456789012:execution:orders:run-1'],
        {
          encoding: 'utf8',
          env: {
            ...process.env,
            AWS_ENDPOINT_URL: 'http://127.0.0.1:9',
            AWS_REGION: 'us-east-1',
            AWS_ACCESS_KEY_ID: 'x',
            AWS_SECRET_ACCESS_KEY: 'x',
            AWS_MAX_ATTEMPTS: '1',
          },
          timeout: 20_000,
        },
      );
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/^statescope timeline: .+/m);
      expect(result.stderr).not.toMatch(/^\s+at /m);
    },
  );
});
