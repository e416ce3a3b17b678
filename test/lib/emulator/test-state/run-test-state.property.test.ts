import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/emulator/server/api-error';
import { def, testStateOf } from '../../../support/test-state/run-test-state-for-test';

const STATUSES = ['SUCCEEDED', 'FAILED', 'RETRIABLE', 'CAUGHT_ERROR'];

/** Anything a caller might send: garbage, half-right states, odd members. */
const requestBody = fc.record(
  {
    definition: fc.oneof(
      fc.string(),
      fc.json(),
      fc
        .record(
          {
            Type: fc.constantFrom('Pass', 'Task', 'Choice', 'Wait', 'Succeed', 'Fail', 'Map', 'Parallel', 'constructor', 'Bogus'),
            QueryLanguage: fc.constantFrom('JSONPath', 'JSONata', 'Nope'),
            InputPath: fc.constantFrom('$', '$.a', '$$', 'bad'),
            Result: fc.jsonValue(),
            Output: fc.constantFrom('{% $states.input %}', '{% $nope( %}', 1),
            Next: fc.string(),
            End: fc.boolean(),
          },
          { requiredKeys: ['Type'] },
        )
        .map(def),
    ),
    input: fc.oneof(fc.json(), fc.string()),
    inspectionLevel: fc.constantFrom('INFO', 'DEBUG', 'TRACE', 'LOUD'),
    mock: fc.record(
      { result: fc.oneof(fc.json(), fc.string()), fieldValidationMode: fc.constantFrom('STRICT', 'NONE') },
      { requiredKeys: [] },
    ),
    stateName: fc.string(),
    variables: fc.oneof(fc.json(), fc.string()),
  },
  { requiredKeys: [] },
);

describe('TestState on hostile input (property)', () => {
  it('answers every request with a status or an AWS-style API error, never a crash', async () => {
    await fc.assert(
      fc.asyncProperty(requestBody, async (body) => {
        try {
          const answer = await testStateOf(body);
          expect(STATUSES).toContain(answer.status);
        } catch (error) {
          expect(error).toBeInstanceOf(ApiError);
          expect((error as ApiError).message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });
});
