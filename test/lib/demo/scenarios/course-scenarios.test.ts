import { describe, expect, it } from 'vitest';
import { buildCourseScenarios } from '@/lib/demo/scenarios/course-scenarios';
import { REGISTERED_EMAILS, REGISTERED_NAMES } from '@/lib/seeds/handlers/validateDetails';
import { runScenario } from '../../../support/demo/run-scenario';

const scenarios = buildCourseScenarios();
type Request = { name: string; email: string; paymentStatus: string; courseId: string };
const requestOf = (name: string) => scenarios.find((scenario) => scenario.scenario === name)?.input as Request;

describe('buildCourseScenarios', () => {
  it.each(scenarios.map((scenario) => [scenario.scenario, scenario] as const))(
    '%s ends as it claims in the course workflow',
    async (_name, scenario) => {
      const { outcome, failState } = await runScenario(scenario);
      expect(outcome.status).toBe(scenario.expectedStatus);
      expect(outcome.error).toBe(scenario.expectedError);
      expect(failState).toBe(scenario.failState);
    },
  );

  it('uses students the records know, except the one meant not to be found', () => {
    for (const scenario of scenarios) {
      const { name } = scenario.input as Request;
      const known = REGISTERED_NAMES.includes(name.trim().replace(/\s+/g, ' '));
      expect(known, scenario.scenario).toBe(scenario.scenario !== 'course-student-not-found');
    }
    expect(REGISTERED_EMAILS).not.toContain(requestOf('course-student-not-found').email);
  });

  it('needs the lookups to tidy the input: a double space in a name, capitals in an e-mail, a lower-case status', () => {
    expect(requestOf('course-enrolled-fee-waived').name).toBe('Kwame  Mensah');
    expect(requestOf('course-enrolled').email).not.toBe(requestOf('course-enrolled').email.toLowerCase());
    expect(requestOf('course-enrolled').paymentStatus).toBe('paid');
  });

  it('puts every request on the same course', () => {
    expect(new Set(scenarios.map((scenario) => (scenario.input as Request).courseId))).toEqual(new Set(['CLOUD-201']));
  });
});
