import { describeStateMachineForExecution } from '@/lib/aws/describe-state-machine-for-execution';
import { isDataSourceError } from '@/lib/aws/errors';
import { testState, TestStateNotAvailableError } from '@/lib/aws/test-state';
import type { HistoryEventRecord, StateMachineForExecution } from '@/lib/domain';
import type { TestStateRequest, TestStateResult } from '@/lib/domain/test-state';
import { buildExecutionTimeline } from '@/lib/history/build-execution-timeline';
import { parseHistoryDocument } from '@/lib/history/parse-history-document';
import { toProcessingOutcome, toProcessingStages, type ProcessingView } from '@/lib/view-model/processing-stages';
import { buildTestStateRequest } from './build-test-state-request';
import { findStateVisit } from './find-state-visit';

export interface ReplayDependencies {
  describeStateMachineForExecution: (executionArn: string) => Promise<Pick<StateMachineForExecution, 'definition' | 'roleArn'>>;
  testState: (request: TestStateRequest) => Promise<TestStateResult>;
}

const AWS: ReplayDependencies = { describeStateMachineForExecution, testState };

export interface ReplayInput {
  executionArn: string;
  events: readonly HistoryEventRecord[];
  visitId: number;
  /** JSON text the user edited; the recorded input when absent. */
  editedInput?: string;
}

/**
 * How one visit's input became its output, replayed by Step Functions' own TestState (DEBUG) with the
 * recorded result mocked: undefined when the history has no visit entered at `visitId`. When TestState
 * cannot be called (a truncated payload, no permission, an endpoint without it), the view says why
 * and carries the recorded input and output instead. Other data-source errors are thrown.
 */
export async function replayStateProcessing(
  input: ReplayInput,
  dependencies: ReplayDependencies = AWS,
): Promise<ProcessingView | undefined> {
  const parsed = parseHistoryDocument(input.events, input.executionArn);
  const timeline = buildExecutionTimeline(parsed.events, parsed);
  const found = findStateVisit(timeline.visits, input.visitId);
  if (!found) return undefined;
  const recorded = { input: found.visit.input?.text, output: found.visit.output?.text };
  const machine = await dependencies.describeStateMachineForExecution(input.executionArn);
  const plan = buildTestStateRequest({ definition: machine.definition, roleArn: machine.roleArn, found, editedInput: input.editedInput });
  if (plan.kind === 'skip') return { kind: 'unavailable', reason: plan.reason, message: plan.message, ...recorded };
  let result: TestStateResult;
  try {
    result = await dependencies.testState(plan.request);
  } catch (error) {
    if (error instanceof TestStateNotAvailableError) {
      return {
        kind: 'unavailable',
        reason: 'not-available',
        message: `This data source does not offer TestState, so the stages cannot be replayed. ${error.message}`,
        ...recorded,
      };
    }
    if (!isDataSourceError(error)) throw error;
    if (error.kind === 'access-denied') {
      return {
        kind: 'unavailable',
        reason: 'not-allowed',
        message: `TestState is not allowed for these credentials (it needs states:TestState). ${error.message}`,
        ...recorded,
      };
    }
    if (error.kind === 'invalid-input') return { kind: 'unavailable', reason: 'rejected', message: error.message, ...recorded };
    throw error;
  }
  return {
    kind: 'replayed',
    stateName: found.visit.name,
    stateType: found.visit.type,
    queryLanguage: plan.queryLanguage,
    mock: plan.mock,
    edited: plan.edited,
    stages: toProcessingStages(result, plan.request.variables ?? (result.inspection.variables === undefined ? undefined : '{}')),
    outcome: toProcessingOutcome(result),
  };
}
