import type { JsonObject, JsonValue } from '../asl/json-value';
import { ApiError } from '../server/api-error';
import { checkContextObject } from './check-context-object';
import { checkMockResultShape } from './check-mock-result-shape';
import type { SelectedState } from './select-state';
import type { TestStateRequest } from './test-state-request';

const MOCKABLE_TYPES = new Set(['Task', 'Map', 'Parallel']);

/** What a checked mock gives the run: the parsed result, or the error to raise. */
export type CheckedMock = { kind: 'result'; value: JsonValue } | { kind: 'error'; error: string | undefined; cause: string | undefined };

/** Activities, `.sync` and `.waitForTaskToken` never finish inside a test (AWS's TestState reference). */
function needsMock(selected: SelectedState): boolean {
  const resource = typeof selected.state.Resource === 'string' ? selected.state.Resource : '';
  return /:activity:/.test(resource) || /\.(sync(:2)?|waitForTaskToken)$/.test(resource);
}

function invalid(message: string): ApiError {
  return new ApiError('ValidationException', message);
}

function parseMockResult(text: string): JsonValue {
  try {
    return JSON.parse(text) as JsonValue;
  } catch {
    throw invalid('Mocked result must be valid JSON');
  }
}

function isObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkMapOrParallelResult(selected: SelectedState, result: JsonValue, failures: number | undefined): void {
  const { state, type } = selected;
  if (type === 'Parallel') {
    if (!Array.isArray(result)) throw invalid('Mocked result must be an array.');
    const branches = Array.isArray(state.Branches) ? state.Branches.length : 0;
    if (result.length !== branches) throw invalid('Mocked result must contain the same number of items as number of Parallel branches.');
    return;
  }
  if (type !== 'Map') return;
  if (state.ResultWriter !== undefined) {
    if (!isObject(result)) throw invalid('Mocked result must be a JSON object.');
    return;
  }
  if (!Array.isArray(result)) throw invalid('Mocked result must be an array.');
  if (failures !== undefined && failures > result.length) {
    throw invalid('Map iteration failure count must be less than or equal to the number of Map iterations');
  }
}

/**
 * The request checks that depend on the state, in AWS's order: which states take a mock, which need
 * one, the role a real invocation needs, then the mock itself and the context object.
 */
export function checkRequest(request: TestStateRequest, selected: SelectedState): CheckedMock | undefined {
  const { mock, stateConfiguration: config } = request;
  const { type } = selected;
  if (mock && !MOCKABLE_TYPES.has(type)) throw invalid(`State type '${type}' is not supported when a mock is specified`);
  if (!mock && config?.mapIterationFailureCount !== undefined) {
    throw invalid('TestState does not support MapIterationFailureCount when a mock is not specified.');
  }
  if (!mock && (type === 'Map' || type === 'Parallel')) {
    throw new ApiError(
      'InvalidDefinition',
      'TestState API does not support Map or Parallel states. Supported state types include: [Task, Wait, Pass, Succeed, Fail, Choice]',
    );
  }
  if (!mock && request.context !== undefined) throw invalid('TestState does not support a context object when a mock is not specified.');
  if (!mock && type === 'Task' && request.roleArn === undefined) throw invalid('RoleArn must be specified when testing a Task state');
  if (!mock && type === 'Task' && needsMock(selected)) {
    throw invalid(
      'TestState only supports Activity tasks, .sync or .waitForTaskToken service integration patterns when a mock is specified.',
    );
  }
  if (request.context !== undefined) checkContextObject(request.context, selected);
  if (!mock) return undefined;
  if (mock.result !== undefined && mock.errorOutput !== undefined)
    throw invalid('A mock must specify either result or errorOutput, not both.');
  if (mock.result === undefined && mock.errorOutput === undefined) throw invalid('A mock must specify result or errorOutput.');
  if (request.revealSecrets) throw invalid('TestState does not support revealSecrets when a mock is specified.');
  if (mock.errorOutput) {
    if (mock.errorOutput.error === undefined) throw invalid('The error field is required when mock.errorOutput is specified.');
    return { kind: 'error', error: mock.errorOutput.error, cause: mock.errorOutput.cause };
  }
  const value = parseMockResult(mock.result ?? '');
  checkMapOrParallelResult(selected, value, config?.mapIterationFailureCount);
  if (type === 'Task') checkMockResultShape(selected.state, value, mock.fieldValidationMode);
  return { kind: 'result', value };
}
