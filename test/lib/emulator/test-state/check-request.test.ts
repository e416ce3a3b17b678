import { describe, expect, it } from 'vitest';
import { checkRequest } from '@/lib/emulator/test-state/check-request';
import { readTestStateRequest } from '@/lib/emulator/test-state/test-state-request';
import type { SelectedState } from '@/lib/emulator/test-state/select-state';

const state = (fields: Record<string, unknown>): SelectedState => ({
  state: fields as SelectedState['state'],
  type: String(fields.Type),
  queryLanguage: 'JSONPath',
});
const PASS = state({ Type: 'Pass', End: true });
const TASK = state({ Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', End: true });
const PARALLEL = state({ Type: 'Parallel', Branches: [{}, {}], End: true });
const check = (body: Record<string, unknown>, selected: SelectedState) =>
  checkRequest(readTestStateRequest({ definition: '{}', ...body }), selected);

describe('checkRequest', () => {
  it('allows mocks only on Task, Map and Parallel, and requires them on Map and Parallel', () => {
    expect(() => check({ mock: { result: '{}' } }, PASS)).toThrow("State type 'Pass' is not supported when a mock is specified");
    expect(() => check({}, PARALLEL)).toThrow(/TestState API does not support Map or Parallel states/);
  });

  it('wants a role to invoke a real Task, and none with a mock', () => {
    expect(() => check({}, TASK)).toThrow('RoleArn must be specified when testing a Task state');
    expect(check({ mock: { result: '{"StatusCode": 200}' } }, TASK)).toEqual({ kind: 'result', value: { StatusCode: 200 } });
    const callback = state({ Type: 'Task', Resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken', End: true });
    expect(() => check({ roleArn: 'r' }, callback)).toThrow(/.waitForTaskToken service integration patterns when a mock is specified/);
  });

  it('checks the mock: JSON, one of result or errorOutput, the Parallel branch count', () => {
    expect(() => check({ mock: { result: 'nope' } }, TASK)).toThrow('Mocked result must be valid JSON');
    expect(() => check({ mock: { result: '{}', errorOutput: { error: 'E' } } }, TASK)).toThrow(/either result or errorOutput/);
    expect(() => check({ mock: { result: '{}' } }, PARALLEL)).toThrow('Mocked result must be an array.');
    expect(() => check({ mock: { result: '[1]' } }, PARALLEL)).toThrow(/same number of items as number of Parallel branches/);
    expect(check({ mock: { errorOutput: { error: 'E', cause: 'C' } } }, TASK)).toEqual({ kind: 'error', error: 'E', cause: 'C' });
  });

  it('checks the Map failure count against the mocked iterations', () => {
    const map = state({ Type: 'Map', End: true });
    expect(() => check({ stateConfiguration: { mapIterationFailureCount: 1 } }, map)).toThrow(
      /MapIterationFailureCount when a mock is not specified/,
    );
    expect(() => check({ mock: { result: '[1]' }, stateConfiguration: { mapIterationFailureCount: 2 } }, map)).toThrow(
      'Map iteration failure count must be less than or equal to the number of Map iterations',
    );
  });
});
