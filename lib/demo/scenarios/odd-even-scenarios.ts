import type { DemoScenario } from './demo-scenario';

/** Odd/even: both Choice branches and the Lambda's own error. */
export function buildOddEvenScenarios(): DemoScenario[] {
  const stateMachine = 'odd-even';
  return [
    { scenario: 'odd-even-even', stateMachine, expectedStatus: 'SUCCEEDED', summary: '42 is even', input: { N: 42 } },
    { scenario: 'odd-even-odd', stateMachine, expectedStatus: 'SUCCEEDED', summary: '7 is odd', input: { N: 7 } },
    { scenario: 'odd-even-zero', stateMachine, expectedStatus: 'SUCCEEDED', summary: '0 is even', input: { N: 0 } },
    { scenario: 'odd-even-negative', stateMachine, expectedStatus: 'SUCCEEDED', summary: '-15 is odd', input: { N: -15 } },
    {
      scenario: 'odd-even-not-a-number',
      stateMachine,
      expectedStatus: 'FAILED',
      expectedError: 'InvalidNumberError',
      summary: 'N is the word "seven": calculateRemainder throws InvalidNumberError, which nothing catches',
      input: { N: 'seven' },
    },
  ];
}
