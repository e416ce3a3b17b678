import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getExecutionHistory } from '@/lib/aws/get-execution-history';
import { describeExecution } from '@/lib/aws/describe-execution';
import { runCompareCommand } from '@/lib/cli/commands/compare';
import { demoScenarios } from '@/lib/demo/demo-scenarios';
import { seedDemo } from '@/lib/demo/seed-demo';
import { findLastSucceededExecution } from '@/lib/services/compare/find-last-succeeded-execution';
import { DUMMY_CREDENTIALS, setAwsEnv } from '../../support/aws/aws-env';
import { startTestEmulator, type TestEmulator } from '../../support/aws/test-emulator';

let emulator: TestEmulator;
let restore: () => void;
let declined: string;
let fulfilled: string;
const dir = mkdtempSync(path.join(tmpdir(), 'statescope-compare-'));

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCompareCommand(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

beforeAll(async () => {
  emulator = await startTestEmulator();
  restore = setAwsEnv({ ...DUMMY_CREDENTIALS, AWS_REGION: 'us-east-1', AWS_ENDPOINT_URL_SFN: emulator.url });
  // The demo's order workflow: a card declined, and an order fulfilled.
  const scenarios = demoScenarios.filter((s) => s.scenario === 'order-payment-declined' || s.scenario === 'order-fulfilled');
  const demo = await seedDemo({ endpoint: emulator.url, scenarios, expressCount: 0 });
  const arnOf = (scenario: string) => demo.executions.find((e) => e.scenario === scenario)?.executionArn ?? '';
  declined = arnOf('order-payment-declined');
  fulfilled = arnOf('order-fulfilled');
}, 60_000);

afterAll(async () => {
  restore?.();
  await emulator?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('statescope compare against the emulator', () => {
  it('names VerifyPayment as where the declined payment and the fulfilled order part, then lists every state', async () => {
    const { code, stdout, stderr } = await run(declined, fulfilled);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain(`A: ${declined}\n   FAILED`);
    expect(stdout).toContain(`B: ${fulfilled}\n   SUCCEEDED`);
    expect(stdout).toContain(
      'First divergence: VerifyPayment — caught in A (PaymentVerificationFailed), succeeded in B; next state NotifyCustomerFailedPayment in A, UpdateInventory in B',
    );
    expect(stdout).toMatch(/First input difference: \w+ — its input differs/);
    expect(stdout).toMatch(/\* VerifyPayment\s+caught\s+[\d.]+ m?s\s+0\s+succeeded/);
    expect(stdout).toMatch(/NotifyCustomerFailedPayment\s+failed.*not visited/);
  });

  it('prints one JSON document with --json, and reads history files as well as ARNs', async () => {
    const file = path.join(dir, 'fulfilled.json');
    writeFileSync(file, JSON.stringify({ events: await getExecutionHistory(fulfilled) }));
    const { code, stdout } = await run(declined, file, '--json');
    expect(code).toBe(0);
    const doc = JSON.parse(stdout) as Record<string, unknown> & { states: { name: string }[] };
    expect(doc.a).toMatchObject({ source: declined, status: 'FAILED' });
    expect(doc.b).toMatchObject({ source: file, status: 'SUCCEEDED' });
    expect(doc.firstDivergence).toEqual({
      state: 'VerifyPayment',
      scope: '',
      a: { outcome: 'caught', next: 'NotifyCustomerFailedPayment', error: 'PaymentVerificationFailed' },
      b: { outcome: 'succeeded', next: 'UpdateInventory', error: null },
      truncated: false,
    });
    expect(doc.onlyA).toContain('NotifyCustomerFailedPayment');
    expect(doc.states.map((s) => s.name)).toContain('UpdateInventory');
  });

  it('says what is wrong with bad arguments instead of failing with a stack trace', async () => {
    expect(await run(declined)).toMatchObject({ code: 2, stderr: expect.stringContaining('needs two executions') });
    const missing = await run(declined, path.join(dir, 'nope.json'));
    expect(missing).toMatchObject({ code: 1, stderr: expect.stringContaining('no such file') });
    const unknown = await run(declined, `${fulfilled}-nope`);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^statescope compare: .*(not exist|not found)/i);
  });

  it("finds the machine's last succeeded run for the failed execution, and none for a machine without one", async () => {
    expect((await findLastSucceededExecution(await describeExecution(declined)))?.arn).toBe(fulfilled);
    const fulfilledExecution = await describeExecution(fulfilled);
    expect(await findLastSucceededExecution(fulfilledExecution)).toBeNull();
  });
});
