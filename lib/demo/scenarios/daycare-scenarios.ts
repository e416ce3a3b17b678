import type { DemoScenario } from './demo-scenario';
import { dateOfBirthForAge } from './date-of-birth-for-age';

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

interface Parent {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
}

function registration(
  child: { firstName: string; lastName: string; dateOfBirth: string },
  parents: { mother?: Parent; father?: Parent },
  daysOfWeek: string[] | undefined,
  specialInstructions?: string,
): { registration_info: Record<string, unknown> } {
  const info: Record<string, unknown> = { child, parents };
  if (daysOfWeek) info.daysOfWeek = daysOfWeek;
  if (specialInstructions) info.specialInstructions = specialInstructions;
  return { registration_info: info };
}

/** Daycare registrations: every route of the statusCode Choices, plus the Lambdas' own crashes. */
export function buildDaycareScenarios(now: Date): DemoScenario[] {
  const stateMachine = 'daycare-registration';
  return [
    {
      scenario: 'daycare-confirmed-age-3',
      stateMachine,
      expectedStatus: 'SUCCEEDED',
      summary: 'a 3-year-old registered for the whole week, fee 750',
      input: registration(
        { firstName: 'Amara', lastName: 'Okafor', dateOfBirth: dateOfBirthForAge(3, now) },
        {
          mother: { firstName: 'Ngozi', lastName: 'Okafor', email: 'ngozi.okafor@example.com', phone: '555-0101' },
          father: { firstName: 'Emeka', lastName: 'Okafor', email: 'emeka.okafor@example.com', phone: '555-0102' },
        },
        WEEKDAYS,
        'Amara naps after lunch; please keep her blue blanket with her.',
      ),
    },
    {
      scenario: 'daycare-confirmed-age-2',
      stateMachine,
      expectedStatus: 'SUCCEEDED',
      summary: 'a 2-year-old, three days a week, fee 800',
      input: registration(
        { firstName: 'Lukas', lastName: 'Brandt', dateOfBirth: dateOfBirthForAge(2, now) },
        { father: { firstName: 'Jonas', lastName: 'Brandt', email: 'jonas.brandt@example.org', phone: '555-0103' } },
        ['Monday', 'Wednesday', 'Friday'],
      ),
    },
    {
      scenario: 'daycare-confirmed-age-5',
      stateMachine,
      expectedStatus: 'SUCCEEDED',
      summary: 'a 5-year-old, two days a week, fee 650',
      input: registration(
        { firstName: 'Sakura', lastName: 'Watanabe', dateOfBirth: dateOfBirthForAge(5, now) },
        {
          mother: { firstName: 'Yui', lastName: 'Watanabe', email: 'yui.watanabe@example.net', phone: '555-0104' },
          father: { firstName: 'Haruto', lastName: 'Watanabe', email: 'haruto.watanabe@example.net', phone: '555-0105' },
        },
        ['Tuesday', 'Thursday'],
        'Lactose intolerant.',
      ),
    },
    {
      scenario: 'daycare-age-too-young',
      stateMachine,
      expectedStatus: 'FAILED',
      expectedError: 'AgeOutOfRange',
      failState: 'AgeOutOfRange',
      summary: 'a 1-year-old: checkAgeRange answers 400, the Choice routes to the AgeOutOfRange Fail state',
      input: registration(
        { firstName: 'Mateo', lastName: 'García', dateOfBirth: dateOfBirthForAge(1, now) },
        { mother: { firstName: 'Lucía', lastName: 'García', email: 'lucia.garcia@example.com', phone: '555-0106' } },
        WEEKDAYS,
      ),
    },
    {
      scenario: 'daycare-age-too-old',
      stateMachine,
      expectedStatus: 'FAILED',
      expectedError: 'AgeOutOfRange',
      failState: 'AgeOutOfRange',
      summary: "the tutorial's own sample, a child born in 2016: too old for the daycare",
      input: registration(
        { firstName: 'Mohamed', lastName: 'Diallo', dateOfBirth: '2016-07-01' },
        {
          mother: { firstName: 'Aicha', lastName: 'Cisse', email: 'aicha.cisse@example.com', phone: '555-0107' },
          father: { firstName: 'Ibrahim', lastName: 'Diallo', email: 'ibrahim.diallo@example.com', phone: '555-0108' },
        },
        WEEKDAYS,
        'Mohamed has a peanut allergy.',
      ),
    },
    {
      scenario: 'daycare-missing-information',
      stateMachine,
      expectedStatus: 'FAILED',
      expectedError: 'RegistrationIncomplete',
      failState: 'RegistrationIncomplete',
      summary: 'no daysOfWeek: checkInformation answers 400, the form is incomplete',
      input: registration(
        { firstName: 'Noah', lastName: 'Johansson', dateOfBirth: dateOfBirthForAge(4, now) },
        { mother: { firstName: 'Elin', lastName: 'Johansson', email: 'elin.johansson@example.org', phone: '555-0109' } },
        undefined,
      ),
    },
    {
      scenario: 'daycare-no-spots',
      stateMachine,
      expectedStatus: 'FAILED',
      expectedError: 'NoSpotsAvailable',
      failState: 'NoSpotsAvailable',
      summary: 'asks for Saturdays, when the daycare has no places',
      input: registration(
        { firstName: 'Priya', lastName: 'Sharma', dateOfBirth: dateOfBirthForAge(4, now) },
        { father: { firstName: 'Arjun', lastName: 'Sharma', email: 'arjun.sharma@example.com', phone: '555-0110' } },
        ['Friday', 'Saturday'],
      ),
    },
    {
      scenario: 'daycare-invalid-date-of-birth',
      stateMachine,
      expectedStatus: 'FAILED',
      expectedError: 'ValueError',
      summary: 'a US-style date of birth: checkAgeRange throws ValueError, which nothing catches',
      input: registration(
        { firstName: 'Chloé', lastName: 'Martin', dateOfBirth: '03/14/2022' },
        { mother: { firstName: 'Camille', lastName: 'Martin', email: 'camille.martin@example.net', phone: '555-0111' } },
        WEEKDAYS,
      ),
    },
    {
      scenario: 'daycare-malformed-request',
      stateMachine,
      expectedStatus: 'FAILED',
      expectedError: 'KeyError',
      summary: 'the form was posted without its registration_info wrapper: checkInformation throws KeyError',
      input: { child: { firstName: 'Omar', lastName: 'Haddad', dateOfBirth: dateOfBirthForAge(3, now) } },
    },
  ];
}
