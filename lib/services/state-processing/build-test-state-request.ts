import type { TestStateRequest } from '@/lib/domain/test-state';
import type { ProcessingMock, ProcessingUnavailableReason, QueryLanguage } from '@/lib/view-model/processing-stages';
import { findStateDefinition, branchStartsOf } from './find-state-definition';
import type { VisitInScope } from './find-state-visit';
import { isMockable, recordedResultOf } from './recorded-result';

export type TestStatePlan =
  | { kind: 'call'; request: TestStateRequest; queryLanguage: QueryLanguage; mock: ProcessingMock; edited: boolean }
  | { kind: 'skip'; reason: ProcessingUnavailableReason; message: string };

export interface PlanInput {
  /** The definition the execution ran (DescribeStateMachineForExecution). */
  definition: string;
  roleArn?: string;
  found: VisitInScope;
  /** The user's edited input; the recorded input when absent. */
  editedInput?: string;
}

/**
 * The TestState request that replays one visit: the recorded (or edited) input, the variables in its
 * scope, and for a Task, Map or Parallel the recorded result or error as a mock with field
 * validation off, so Step Functions runs only the state's own data processing and invokes nothing.
 * A top-level state is named in the whole definition (`stateName`); a state inside a Map or Parallel
 * is sent alone, with the query language it inherits.
 */
export function buildTestStateRequest({ definition, roleArn, found, editedInput }: PlanInput): TestStatePlan {
  const { visit } = found;
  const edited = editedInput !== undefined;
  if (!edited) {
    if (!visit.input) return { kind: 'skip', reason: 'no-input', message: 'The history records no input for this visit.' };
    if (visit.input.truncated) {
      return {
        kind: 'skip',
        reason: 'truncated',
        message: 'The history cut this visit’s input at its size limit, so it cannot be replayed faithfully.',
      };
    }
  }
  if (found.variablesTruncated) {
    return {
      kind: 'skip',
      reason: 'truncated',
      message: 'The history cut a variable in this state’s scope at its size limit, so it cannot be replayed faithfully.',
    };
  }
  const located = findStateDefinition(definition, visit.name);
  if (!located) {
    return {
      kind: 'skip',
      reason: 'not-in-definition',
      message: `The definition this execution ran has no state named ${visit.name}.`,
    };
  }
  const request: TestStateRequest = located.topLevel
    ? { definition, stateName: visit.name, input: editedInput ?? visit.input?.text ?? '{}' }
    : {
        definition: JSON.stringify({ ...located.state, QueryLanguage: located.queryLanguage }),
        input: editedInput ?? visit.input?.text ?? '{}',
      };
  if (roleArn) request.roleArn = roleArn;
  if (Object.keys(found.variables).length > 0) {
    request.variables = `{${Object.entries(found.variables)
      .map(([name, text]) => `${JSON.stringify(name)}:${text}`)
      .join(',')}}`;
  }
  let mock: ProcessingMock = 'none';
  if (isMockable(visit.type)) {
    const recorded = recordedResultOf(visit, branchStartsOf(located.state));
    if (recorded.kind === 'truncated') {
      return {
        kind: 'skip',
        reason: 'truncated',
        message: 'The history cut this visit’s result at its size limit, so it cannot be replayed faithfully.',
      };
    }
    if (recorded.kind === 'missing') return { kind: 'skip', reason: 'no-recorded-result', message: recorded.why };
    if (recorded.kind === 'result') {
      request.mock = { result: recorded.text };
      mock = 'result';
    } else {
      request.mock = {
        errorOutput: recorded.cause === undefined ? { error: recorded.error } : { error: recorded.error, cause: recorded.cause },
      };
      mock = 'error';
    }
  }
  return { kind: 'call', request, queryLanguage: located.queryLanguage, mock, edited };
}
