import { describe, expect, it } from 'vitest';
import { buildOddEvenScenarios } from '@/lib/demo/scenarios/odd-even-scenarios';
import { runScenario } from '../../../support/demo/run-scenario';

const scenarios = buildOddEvenScenarios();

describe('buildOddEvenScenarios', () => {
  it.each(scenarios.map((scenario) => [scenario.scenario, scenario] as const))(
    '%s ends as it claims in the odd/even workflow',
    async (_name, scenario) => {
      const { outcome } = await runScenario(scenario);
      expect(outcome.status).toBe(scenario.expectedStatus);
      expect(outcome.error).toBe(scenario.expectedError);
    },
  );

  it.each(
    scenarios.filter((scenario) => scenario.expectedStatus === 'SUCCEEDED').map((scenario) => [scenario.scenario, scenario] as const),
  )('%s takes the branch its summary names', async (_name, scenario) => {
    const { outcome } = await runScenario(scenario);
    const { N, parity } = JSON.parse(outcome.output ?? '{}') as { N: number; parity: string };
    expect(N).toBe((scenario.input as { N: number }).N);
    expect(scenario.summary).toBe(`${N} is ${parity}`);
  });

  it('fails on a word, which calculateRemainder cannot take', () => {
    const failing = scenarios.filter((scenario) => scenario.expectedStatus === 'FAILED');
    expect(failing.map((scenario) => typeof (scenario.input as { N: unknown }).N)).toEqual(['string']);
  });
});
