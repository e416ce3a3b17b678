import type { DefinitionValidation } from '../engine/types';
import type { RequestBody } from '../server/request-fields';
import { checkRequest } from './check-request';
import { runTestedState, type TestRunEnvironment } from './run-tested-state';
import { selectState } from './select-state';
import { testStateAnswer } from './test-state-answer';
import { readTestStateRequest } from './test-state-request';

export interface TestStateDependencies extends TestRunEnvironment {
  validateDefinition(definition: string): DefinitionValidation;
}

/**
 * The TestState API: reads and checks the request as AWS does, runs the one state through the engine
 * (mocked or invoking the local Lambda handlers) and answers with its status, output and inspection data.
 */
export async function runTestState(body: RequestBody, deps: TestStateDependencies): Promise<Record<string, unknown>> {
  const request = readTestStateRequest(body);
  const selected = selectState(request.definition, request.stateName, (definition) => deps.validateDefinition(definition));
  const mock = checkRequest(request, selected);
  const outcome = await runTestedState(request, selected, mock, deps);
  return testStateAnswer(request, selected, outcome);
}
