import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCostCommand } from '@/lib/cli/commands/cost';
import { DUMMY_CREDENTIALS, setAwsEnv } from '../../support/aws/aws-env';
import { createMachine, MAP_OF_PASS, startCostEmulator, startMapExecutions, type CostEmulator } from '../../support/cost/cost-emulator';

const CAUGHT = new URL('../../fixtures/history/order-payment-caught.json', import.meta.url).pathname;

async function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCostCommand(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

describe('statescope cost on a history file', () => {
  it('prints JSON with transitions, cost, region and type; Standard without the free tier, and says so', async () => {
    const { code, stdout } = await run([CAUGHT, '--json', '--region', 'sa-east-1']);
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as Record<string, unknown>;
    expect(out).toMatchObject({
      type: 'STANDARD',
      region: 'sa-east-1',
      regionSource: '--region',
      transitions: 6,
      costUsd: 0.000225,
      priceUsdPerTransition: 0.0000375,
      priceUsdPer1000Transitions: 0.0375,
      freeTierApplied: false,
    });
    expect(out.note).toContain('free tier (4,000 transitions a month, account-wide) is not applied to a single execution');
  });

  it('prints the per-state sources in text, retries included', async () => {
    const { code, stdout } = await run([CAUGHT, '--region', 'us-east-1']);
    expect(code).toBe(0);
    expect(stdout).toContain('6 state transitions (estimate), Standard, us-east-1 (--region), SUCCEEDED');
    expect(stdout).toContain('Cost: $0.00015000 at $0.025 per 1,000 transitions ($0.00002500 each)');
    expect(stdout).toMatch(/ChargePayment\s+3\s+\(first-pass 1, retry 2\)/);
  });

  it('prices an Express run as one request plus billed duration × memory', async () => {
    const { code, stdout } = await run([CAUGHT, '--json', '--type', 'express', '--region', 'us-east-1', '--memory-mb', '100']);
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as Record<string, number | string>;
    // The fixture runs 10,125 ms: billed 10,200 ms at 128 MB = 1.275 GB-s.
    expect(out).toMatchObject({
      type: 'EXPRESS',
      region: 'us-east-1',
      requests: 1,
      durationMs: 10_125,
      billedDurationMs: 10_200,
      billedMemoryMb: 128,
      gbSeconds: 1.275,
    });
    expect(out.costUsd).toBeCloseTo(0.000001 + (1.275 / 3600) * 0.06, 12);
  });

  it('uses negotiated prices from --prices and names a bad field in a bad file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'statescope-prices-'));
    try {
      writeFileSync(
        join(dir, 'good.json'),
        JSON.stringify({ source: 'EDP 2026', standard: { priceUsdPer1000Transitions: { 'us-east-1': 0.02 } } }),
      );
      const good = await run([CAUGHT, '--json', '--region', 'us-east-1', '--prices', join(dir, 'good.json')]);
      expect(JSON.parse(good.stdout)).toMatchObject({ costUsd: 0.00012, prices: { source: 'EDP 2026' } });
      writeFileSync(join(dir, 'bad.json'), '{"standard":{"priceUsdPer1000Transitions":{"us-east-1":"cheap"}}}');
      const bad = await run([CAUGHT, '--prices', join(dir, 'bad.json')]);
      expect(bad.code).toBe(1);
      expect(bad.stderr).toContain(
        `price config ${join(dir, 'bad.json')}: standard.priceUsdPer1000Transitions["us-east-1"] must be a number of at least 0, got "cheap"`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('explains a region with no known price, a missing file and bad usage', async () => {
    expect((await run([CAUGHT, '--region', 'ap-east-1'])).stderr).toContain('no Standard price is known for ap-east-1');
    expect(await run(['nope.json'])).toMatchObject({ code: 1, stderr: 'statescope cost: cannot read nope.json: no such file\n' });
    expect((await run([])).code).toBe(2);
    expect((await run([CAUGHT, '--type', 'premium'])).stderr).toContain("option --type must be standard or express, got 'premium'");
  });
});

describe('statescope cost on ARNs, against the emulator', () => {
  let emulator: CostEmulator;
  let restore: () => void;
  let mapArn: string;
  let cacheDir: string;

  beforeAll(async () => {
    emulator = await startCostEmulator();
    mapArn = await createMachine(emulator.sfn, 'cli-map', MAP_OF_PASS);
    await startMapExecutions(emulator, mapArn, 4);
    cacheDir = mkdtempSync(join(tmpdir(), 'statescope-cli-cache-'));
    restore = setAwsEnv({ ...DUMMY_CREDENTIALS, AWS_REGION: 'us-east-1', AWS_ENDPOINT_URL: emulator.url });
    process.env.STATESCOPE_INDEX = join(cacheDir, 'index.db');
  });
  afterAll(async () => {
    restore?.();
    delete process.env.STATESCOPE_INDEX;
    await emulator?.close();
    rmSync(cacheDir, { recursive: true, force: true });
  });

  it('costs one execution read from the API: run-3 is a Map over 3 items, 4 transitions', async () => {
    const executionArn = mapArn.replace(':stateMachine:', ':execution:') + ':run-3';
    const { code, stdout, stderr } = await run([executionArn, '--json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      type: 'STANDARD',
      region: 'us-east-1',
      regionSource: 'the ARN',
      transitions: 4,
      costUsd: 0.0001,
      freeTierApplied: false,
    });
  });

  it('reviews a state machine: 4 executions, 1 + 2 + 3 + 4 = 10 transitions, then reads them from the cache', async () => {
    const cold = JSON.parse((await run([mapArn, '--json'])).stdout) as Record<string, unknown>;
    expect(cold).toMatchObject({ type: 'STANDARD', region: 'us-east-1', mode: 'exact', executions: 4, transitions: 10, costUsd: 0.00025 });
    expect(cold.apiCalls).toMatchObject({ byAction: { GetExecutionHistory: 4 } });
    const warm = JSON.parse((await run([mapArn, '--json'])).stdout) as { apiCalls: { byAction: Record<string, number> } };
    expect(warm.apiCalls.byAction.GetExecutionHistory).toBeUndefined();
  });
});
