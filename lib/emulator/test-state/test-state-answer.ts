import { toJsonText } from '../asl/json-text';
import { inspectionData } from './inspection-data';
import type { TestRunOutcome } from './run-tested-state';
import type { SelectedState } from './select-state';
import type { TestStateRequest } from './test-state-request';

/** The TestState reply: status, output / error / cause, nextState, and inspectionData above INFO. */
export function testStateAnswer(request: TestStateRequest, selected: SelectedState, outcome: TestRunOutcome): Record<string, unknown> {
  const answer: Record<string, unknown> = { status: outcome.status };
  const succeeded = outcome.status === 'SUCCEEDED' || outcome.status === 'CAUGHT_ERROR';
  if (succeeded && outcome.output !== undefined) answer.output = toJsonText(outcome.output);
  if (outcome.error !== undefined) answer.error = outcome.error;
  if (outcome.cause !== undefined) answer.cause = outcome.cause;
  if (succeeded && outcome.nextState !== undefined) answer.nextState = outcome.nextState;
  if (request.inspectionLevel !== 'INFO') answer.inspectionData = inspectionData(request, selected, outcome);
  return answer;
}
