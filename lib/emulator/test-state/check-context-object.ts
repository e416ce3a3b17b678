import type { JsonValue } from '../asl/json-value';
import { ApiError } from '../server/api-error';
import type { SelectedState } from './select-state';

const CONTEXT_FIELDS = new Set(['Execution', 'State', 'StateMachine', 'Task', 'Map']);

function invalid(reason: string): ApiError {
  return new ApiError('ValidationException', `Invalid context object: ${reason}`);
}

/** A callback or .sync Task is the only state whose `$$` has a Task member (its token). */
function takesTaskMember(selected: SelectedState): boolean {
  const resource = selected.state.Resource;
  return selected.type === 'Task' && typeof resource === 'string' && /\.(sync(:2)?|waitForTaskToken)$/.test(resource);
}

/**
 * The `context` member replaces `$$` for the tested state: an object of Execution, State,
 * StateMachine (and Task for callback and .sync Tasks, Map inside an iteration), each an object.
 */
export function checkContextObject(context: JsonValue, selected: SelectedState): void {
  if (typeof context !== 'object' || context === null || Array.isArray(context)) throw invalid('it must be a JSON object');
  for (const [field, value] of Object.entries(context)) {
    if (!CONTEXT_FIELDS.has(field)) throw invalid(`unknown field '${field}'`);
    if (field === 'Task' && !takesTaskMember(selected)) throw invalid("'Task' is only allowed for .sync and .waitForTaskToken Task states");
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw invalid(`'${field}' must be a JSON object`);
  }
}
