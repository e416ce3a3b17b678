import { describe, expect, it } from 'vitest';
import { buildDemoScenarios, demoScenarios } from '@/lib/demo/demo-scenarios';
import { computeAgeYears } from '@/lib/seeds/handlers/checkAgeRange';
import { seedWorkflows } from '@/lib/seeds/seed-workflows';

describe('demoScenarios', () => {
  it('gives every scenario a unique name that stays a valid execution name with its suffix', () => {
    const names = demoScenarios.map((scenario) => scenario.scenario);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(`${name}-99`).toMatch(/^[a-z0-9-]{1,80}$/);
  });

  it('only names deployed state machines', () => {
    const deployed = new Set(seedWorkflows.map((workflow) => workflow.name));
    for (const scenario of demoScenarios) expect(deployed.has(scenario.stateMachine), scenario.stateMachine).toBe(true);
  });

  it('states the error of every failure, and every kind of ending appears', () => {
    for (const scenario of demoScenarios.filter((candidate) => candidate.expectedStatus === 'FAILED')) {
      expect(scenario.expectedError, scenario.scenario).toBeTruthy();
    }
    expect(new Set(demoScenarios.map((scenario) => scenario.expectedStatus))).toEqual(
      new Set(['SUCCEEDED', 'FAILED', 'RUNNING', 'ABORTED', 'TIMED_OUT']),
    );
  });

  it('covers every Fail state of the tutorial workflows', () => {
    const failStates = new Set(demoScenarios.map((scenario) => scenario.failState).filter(Boolean));
    expect(failStates).toEqual(
      new Set([
        'RegistrationIncomplete',
        'AgeOutOfRange',
        'NoSpotsAvailable',
        'NotifyCustomerFailedPayment',
        'HandleInventoryError',
        'EnrollmentCancelled',
        'InvalidEnrollmentRequest',
      ]),
    );
  });

  it('keeps the daycare ages right whatever the date: the 3-year-old is 3 on any day of the year', () => {
    for (const now of [new Date('2027-01-01T00:00:00Z'), new Date('2027-02-28T23:59:59Z'), new Date('2028-12-31T12:00:00Z')]) {
      const scenario = buildDemoScenarios(now).find((candidate) => candidate.scenario === 'daycare-confirmed-age-3')!;
      const dateOfBirth = (scenario.input as { registration_info: { child: { dateOfBirth: string } } }).registration_info.child.dateOfBirth;
      expect(computeAgeYears(dateOfBirth, now)).toBe(3);
    }
  });
});
