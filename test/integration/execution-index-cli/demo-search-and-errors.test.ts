import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoScenarios, seedDemo, type DemoSummary } from '@/lib/demo/seed-demo';
import { startEmulator } from '@/lib/emulator/start-emulator';

// The demo's order workflow seeded in the emulator, synced by `statescope sync`, then searched and grouped through
// `statescope search` and `statescope errors` as a user would, each a process of its own.

const BIN = join(process.cwd(), 'bin', 'statescope.js');
const dir = mkdtempSync(join(tmpdir(), 'statescope-demo-search-'));
const indexFile = join(dir, 'index.db');
let emulator: Awaited<ReturnType<typeof startEmulator>>;
let demo: DemoSummary;

function statescope(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: dir,
      env: {
        ...process.env,
        AWS_ENDPOINT_URL: emulator.url,
        AWS_REGION: 'us-east-1',
        AWS_ACCESS_KEY_ID: 'statescope-test',
        AWS_SECRET_ACCESS_KEY: 'statescope-test',
        AWS_EC2_METADATA_DISABLED: 'true',
      },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

const arnOf = (scenario: string) => demo.executions.find((execution) => execution.scenario === scenario)?.executionArn;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, host: '127.0.0.1', dataDir: join(dir, 'emulator'), timeScale: 0.01 });
  // The order workflow's scenarios only, without the 2,000 Express runs: what these checks read, seeded fast.
  const scenarios = demoScenarios.filter((scenario) => scenario.stateMachine === 'order-processing');
  demo = await seedDemo({ endpoint: emulator.url, region: 'us-east-1', scenarios, expressCount: 0 });
  const sync = await statescope(['sync', '--index', indexFile]);
  if (sync.status !== 0) throw new Error(`statescope sync failed (${sync.status}): ${sync.stderr}`);
}, 240_000);

afterAll(async () => {
  await emulator?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the synced demo through the CLI', () => {
  it('search finds the declined order by its id, with the id marked in the snippet', async () => {
    const { status, stdout, stderr } = await statescope(['search', 'ORD-20483', '--index', indexFile, '--json']);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const hits = JSON.parse(stdout) as { executionArn: string; status: string; snippet: string | null }[];
    expect(hits.map((hit) => hit.executionArn)).toContain(arnOf('order-payment-declined'));
    const declined = hits.find((hit) => hit.executionArn === arnOf('order-payment-declined'));
    expect(declined?.status).toBe('FAILED');
    expect(declined?.snippet).toMatch(/«[^»]*20483[^»]*»|«ORD»/);
  }, 60_000);

  it('search runs a field condition on the order workflow input', async () => {
    const { status, stdout } = await statescope(['search', '$.orderId = "ORD-20484"', '--index', indexFile, '--json']);
    expect(status).toBe(0);
    expect((JSON.parse(stdout) as { executionArn: string }[]).map((hit) => hit.executionArn)).toEqual([
      arnOf('order-payment-amount-mismatch'),
    ]);
    const large = await statescope(['search', '$.payment.amount > 100 status:succeeded', '--index', indexFile, '--json']);
    const arns = (JSON.parse(large.stdout) as { executionArn: string }[]).map((hit) => hit.executionArn);
    expect(arns).toContain(arnOf('order-fulfilled-large'));
    expect(arns).not.toContain(arnOf('order-fulfilled'));
  }, 60_000);

  it('errors groups the declined payments under VerifyPayment, the real cause, not the Fail state', async () => {
    const { status, stdout, stderr } = await statescope(['errors', '--index', indexFile, '--json', '--since', '1d']);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const groups = JSON.parse(stdout) as { state: string; error: string; count: number; executions: string[] }[];
    const payment = groups.filter((group) => group.state === 'VerifyPayment' && group.error === 'PaymentVerificationFailed');
    expect(payment.flatMap((group) => group.executions).sort()).toEqual(
      [arnOf('order-payment-declined'), arnOf('order-payment-amount-mismatch')].sort(),
    );
    expect(payment.reduce((sum, group) => sum + group.count, 0)).toBe(2);
    expect(groups.some((group) => group.state === 'NotifyCustomerFailedPayment')).toBe(false);
    const counts = groups.map((group) => group.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  }, 60_000);
});
