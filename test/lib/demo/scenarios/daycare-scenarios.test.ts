import { describe, expect, it } from 'vitest';
import { buildDaycareScenarios } from '@/lib/demo/scenarios/daycare-scenarios';
import { computeAgeYears, MAX_AGE_YEARS, MIN_AGE_YEARS } from '@/lib/seeds/handlers/checkAgeRange';
import { runScenario } from '../../../support/demo/run-scenario';

const NOW = new Date();
const scenarios = buildDaycareScenarios(NOW);
const dateOfBirth = (input: unknown) =>
  (input as { registration_info?: { child?: { dateOfBirth?: string } } }).registration_info?.child?.dateOfBirth;

describe('buildDaycareScenarios', () => {
  it.each(scenarios.map((scenario) => [scenario.scenario, scenario] as const))(
    '%s ends as it claims in the daycare workflow',
    async (_name, scenario) => {
      const { outcome, failState } = await runScenario(scenario);
      expect(outcome.status).toBe(scenario.expectedStatus);
      expect(outcome.error).toBe(scenario.expectedError);
      expect(failState).toBe(scenario.failState);
    },
  );

  it.each([
    ['daycare-confirmed-age-2', 2],
    ['daycare-confirmed-age-3', 3],
    ['daycare-confirmed-age-5', 5],
    ['daycare-missing-information', 4],
    ['daycare-no-spots', 4],
  ])('%s is a child of %d, inside the 2–5 age rule', (name, age) => {
    const scenario = scenarios.find((candidate) => candidate.scenario === name);
    const years = computeAgeYears(dateOfBirth(scenario?.input) ?? '', NOW);
    expect(years).toBe(age);
    expect(years).toBeGreaterThanOrEqual(MIN_AGE_YEARS);
    expect(years).toBeLessThanOrEqual(MAX_AGE_YEARS);
  });

  it('puts the two age refusals on the wrong side of the rule: one too young, one too old', () => {
    const age = (name: string) =>
      computeAgeYears(dateOfBirth(scenarios.find((candidate) => candidate.scenario === name)?.input) ?? '', NOW);
    expect(age('daycare-age-too-young')).toBeLessThan(MIN_AGE_YEARS);
    expect(age('daycare-age-too-old')).toBeGreaterThan(MAX_AGE_YEARS);
  });

  it('prices the confirmed children by age as their summaries say', async () => {
    const fees = new Map<string, unknown>();
    for (const scenario of scenarios.filter((candidate) => candidate.expectedStatus === 'SUCCEEDED')) {
      const { outcome } = await runScenario(scenario);
      fees.set(scenario.scenario, (JSON.parse(JSON.parse(outcome.output ?? '{}').body) as { fees: number }).fees);
    }
    expect(Object.fromEntries(fees)).toEqual({
      'daycare-confirmed-age-3': 750,
      'daycare-confirmed-age-2': 800,
      'daycare-confirmed-age-5': 650,
    });
  });

  it('gives every scenario of the daycare machine a unique key', () => {
    expect(scenarios.every((scenario) => scenario.stateMachine === 'daycare-registration')).toBe(true);
    expect(new Set(scenarios.map((scenario) => scenario.scenario)).size).toBe(scenarios.length);
  });
});
