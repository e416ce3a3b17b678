import type { JsonValue } from '../asl/json-value';
import { toJsonText } from '../asl/json-text';
import type { InspectionStage } from '../engine/state-test-hooks';
import type { TestRunOutcome } from './run-tested-state';
import type { SelectedState } from './select-state';
import type { TestStateRequest } from './test-state-request';

/**
 * The stages AWS reports per state type, recorded on AWS (JSONata states report no JSONPath stages;
 * a Pass with Result skips InputPath and Parameters; a Parallel shows no InputPath even with one).
 */
function stagesFor(selected: SelectedState): InspectionStage[] {
  const { type, state } = selected;
  if (selected.queryLanguage === 'JSONata') return type === 'Task' ? ['afterArguments', 'result'] : [];
  switch (type) {
    case 'Task':
      return ['afterInputPath', 'afterParameters', 'result', 'afterResultSelector', 'afterResultPath'];
    case 'Pass':
      return state.Result !== undefined
        ? ['result', 'afterResultSelector', 'afterResultPath']
        : ['afterInputPath', 'afterParameters', 'afterResultSelector', 'afterResultPath'];
    case 'Parallel':
      return ['afterResultSelector', 'afterResultPath'];
    case 'Map':
      return ['afterInputPath', 'afterItemsPath', 'afterResultSelector', 'afterResultPath'];
    default:
      return ['afterInputPath'];
  }
}

/** Stages a state type does not run itself but AWS still reports, derived from the ones before. */
function derivedStages(
  selected: SelectedState,
  request: TestStateRequest,
  outcome: TestRunOutcome,
): Partial<Record<InspectionStage, JsonValue>> {
  const stages = { ...outcome.record.stages };
  if (selected.queryLanguage === 'JSONata') return stages;
  if (selected.type === 'Fail' && stages.afterInputPath === undefined) stages.afterInputPath = request.input;
  if (selected.type === 'Pass' && outcome.status === 'SUCCEEDED') {
    if (selected.state.Result !== undefined) stages.result = selected.state.Result;
    stages.afterResultSelector = stages.result ?? stages.afterParameters;
  }
  return stages;
}

/** `inspectionData` for DEBUG and TRACE (TRACE adds HTTP details only for HTTP Tasks, which do not run here). */
export function inspectionData(request: TestStateRequest, selected: SelectedState, outcome: TestRunOutcome): Record<string, unknown> {
  const data: Record<string, unknown> = { input: toJsonText(request.input) };
  const stages = derivedStages(selected, request, outcome);
  for (const stage of stagesFor(selected)) {
    const value = stages[stage];
    if (value !== undefined) data[stage] = toJsonText(value);
  }
  if (selected.type === 'Map') {
    for (const [field, value] of Object.entries(outcome.record.mapLimits)) if (value !== undefined) data[field] = value;
  }
  if (request.variables !== undefined || Object.keys(outcome.variables).length > 0) data.variables = toJsonText(outcome.variables);
  if (outcome.record.errorDetails) data.errorDetails = outcome.record.errorDetails;
  return data;
}
