import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCompareCommand } from '@/lib/cli/commands/compare';

const fixture = (name: string) => fileURLToPath(new URL(`../../../fixtures/history/${name}`, import.meta.url));

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCompareCommand(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

describe('statescope compare on history files', () => {
  it('compares two files as text and as JSON', async () => {
    const text = await run(fixture('order-payment-caught.json'), fixture('order-fulfilment-succeeded.json'));
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^A: .*order-payment-caught\.json/);
    expect(text.stdout).toContain('First divergence: ');
    const json = await run(fixture('order-payment-caught.json'), fixture('order-payment-caught.json'), '--json');
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ firstDivergence: null, firstInputDifference: null });
  });

  it('explains bad arguments and bad files', async () => {
    expect(await run('--help')).toMatchObject({ code: 0, stdout: expect.stringContaining('usage: statescope compare') });
    expect(await run('a', 'b', 'c')).toMatchObject({ code: 2, stderr: expect.stringContaining("unexpected argument 'c'") });
    expect(await run(fixture('order-payment-caught.json'), fixture('nope.json'))).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('no such file'),
    });
  });
});
