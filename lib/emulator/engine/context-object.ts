import type { JsonObject, JsonValue } from '../asl/json-value';
import type { StateFrame } from './runtime';

const RETRYING_TYPES = new Set(['Task', 'Map', 'Parallel']);

/** The `$$` context object AWS hands to a state, keys in AWS's order. */
export function contextObject(frame: StateFrame, extra?: { taskToken?: string }): JsonObject {
  const { options, executionInput } = frame.branch.runtime;
  const state: JsonObject = { Name: frame.name, EnteredTime: frame.enteredTime };
  // AWS only exposes RetryCount on states that can retry.
  if (RETRYING_TYPES.has(frame.type)) state.RetryCount = frame.retryCount;
  const context: JsonObject = {
    Execution: {
      Id: options.executionArn,
      Input: executionInput,
      StartTime: options.startDate.toISOString(),
      Name: options.executionName,
      RoleArn: options.roleArn,
      RedriveCount: options.redrive?.redriveCount ?? 0,
    },
    StateMachine: { Id: options.stateMachineArn, Name: options.stateMachineName },
    State: state,
  };
  const mapItem = frame.branch.mapItem;
  if (mapItem) context.Map = { Item: { Index: mapItem.Index, Value: mapItem.Value } };
  if (extra?.taskToken) context.Task = { Token: extra.taskToken };
  return frame.branch.runtime.test?.context(context) ?? context;
}

/** `$$` for a Map's ItemSelector: the Map state's own context plus the current item. */
export function contextWithMapItem(base: JsonObject, index: number, value: JsonValue): JsonObject {
  return { ...base, Map: { Item: { Index: index, Value: value } } };
}
