import type { JsonValue } from '../asl/json-value';
import { evaluateJsonataTemplate } from '../asl/jsonata-template';
import { readPath } from '../asl/json-path';
import { StatesError } from '../asl/states-error';
import { StateFailure } from '../engine/execution-errors';
import { finishJsonata, finishJsonPath } from '../engine/finish-result';
import { runWithRetry } from '../engine/retry';
import type { StateFrame, StateOutcome } from '../engine/runtime';
import { failureFromStatesError } from '../engine/state-errors';
import { evalContext, jsonataBindings } from '../engine/state-io';
import { readMaxConcurrency, readTolerance } from '../engine/states/map-limits';
import { resolveItems } from '../engine/states/map';
import type { CheckedMock } from './check-request';
import type { TestRunRecord } from './test-state-hooks';
import type { TestStateConfiguration } from './test-state-request';

const THRESHOLD_ERROR = 'States.ExceedToleratedFailureThreshold';
const THRESHOLD_CAUSE = 'The specified tolerated failure threshold was exceeded';

/** The value a tolerated-failure field came to (readTolerance has checked it already). */
async function readLimit(frame: StateFrame, input: JsonValue, field: string): Promise<number | undefined> {
  const value = frame.state[field];
  const path = frame.state[`${field}Path`];
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && frame.queryLanguage === 'JSONata') {
    return Number(await evaluateJsonataTemplate(value, jsonataBindings(frame, input), field));
  }
  if (typeof path === 'string') return Number(readPath(path, input, evalContext(frame), `${field}Path`));
  return undefined;
}

/** The items: ItemReader data from stateConfiguration, else Items / ItemsPath as an execution reads them. */
async function mapItems(
  frame: StateFrame,
  input: JsonValue,
  config: TestStateConfiguration | undefined,
  record: TestRunRecord,
): Promise<JsonValue[]> {
  if (frame.state.ItemReader !== undefined) {
    const data = config?.mapItemReaderData === undefined ? [] : (JSON.parse(config.mapItemReaderData) as JsonValue);
    return Array.isArray(data) ? data : [data];
  }
  let items: JsonValue[];
  try {
    ({ items } = await resolveItems(frame, input));
  } catch (err) {
    if (err instanceof StateFailure && err.error === 'States.Runtime' && frame.queryLanguage === 'JSONPath') {
      const itemsPath = typeof frame.state.ItemsPath === 'string' ? frame.state.ItemsPath : '$';
      // TestState words it as a reference-path error; `$$…` reads from the context object, whose root is `$`.
      throw new StateFailure(
        'States.Runtime',
        `Reference path "${itemsPath.startsWith('$$') ? itemsPath.slice(1) : itemsPath}" must point to array.`,
      );
    }
    throw err instanceof StatesError ? failureFromStatesError(frame, err) : err;
  }
  if (frame.queryLanguage === 'JSONPath') record.stages.afterItemsPath = items;
  return items;
}

/**
 * A Map state under TestState: items, MaxConcurrency and the tolerated-failure fields are read as an
 * execution reads them (engine code), but the iterations are the mock: its result, its error, or
 * stateConfiguration.mapIterationFailureCount failed iterations against the tolerated threshold.
 * Retry and the result tail (ResultSelector, ResultPath, OutputPath / Output, Assign) are the engine's.
 */
export async function runMockedMap(
  frame: StateFrame,
  input: JsonValue,
  mock: CheckedMock,
  config: TestStateConfiguration | undefined,
  record: TestRunRecord,
): Promise<StateOutcome> {
  const items = await mapItems(frame, input, config, record);
  record.mapLimits.maxConcurrency = await readMaxConcurrency(frame, input);
  const attempt = async (): Promise<JsonValue> => {
    const tolerance = await readTolerance(frame, input);
    record.mapLimits.toleratedFailureCount = await readLimit(frame, input, 'ToleratedFailureCount');
    record.mapLimits.toleratedFailurePercentage = await readLimit(frame, input, 'ToleratedFailurePercentage');
    if (mock.kind === 'error') throw new StateFailure(mock.error, mock.cause);
    const iterations = Array.isArray(mock.value) ? mock.value.length : items.length;
    const failed = config?.mapIterationFailureCount ?? 0;
    // With no tolerated-failure field AWS lets failed iterations pass (recorded on AWS).
    if (failed > 0 && tolerance.set && !tolerance.tolerates(failed, iterations)) throw new StateFailure(THRESHOLD_ERROR, THRESHOLD_CAUSE);
    return structuredClone(mock.value);
  };
  const result = await runWithRetry(frame, attempt);
  return frame.queryLanguage === 'JSONata' ? finishJsonata(frame, input, result) : finishJsonPath(frame, input, result);
}
