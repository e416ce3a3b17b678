import { isJsonTextTooDeep, MAX_JSON_DEPTH } from '../asl/json-depth';
import type { JsonObject, JsonValue } from '../asl/json-value';
import { ApiError, validationError } from '../server/api-error';
import {
  optionalBoolean,
  optionalEnum,
  optionalInteger,
  optionalObject,
  optionalString,
  requiredString,
  type RequestBody,
} from '../server/request-fields';

export type InspectionLevel = 'INFO' | 'DEBUG' | 'TRACE';
export type FieldValidationMode = 'STRICT' | 'PRESENT' | 'NONE';

export interface TestStateMock {
  /** JSON text as sent (checked later: AWS reports invalid JSON after the state-type checks). */
  result?: string;
  errorOutput?: { error?: string; cause?: string };
  fieldValidationMode: FieldValidationMode;
}

export interface TestStateConfiguration {
  retrierRetryCount?: number;
  errorCausedByState?: string;
  mapIterationFailureCount?: number;
  /** JSON text standing in for what the Map's ItemReader would read. */
  mapItemReaderData?: string;
}

/** A TestState request, shape-checked (members, types, lengths) as the API model says. */
export interface TestStateRequest {
  definition: string;
  roleArn?: string;
  input: JsonValue;
  inspectionLevel: InspectionLevel;
  revealSecrets: boolean;
  variables?: JsonObject;
  stateName?: string;
  mock?: TestStateMock;
  context?: JsonValue;
  stateConfiguration?: TestStateConfiguration;
}

// Lengths from the Step Functions API model (TestStateInput).
const MAX_DEFINITION_CHARS = 1_048_576;
const MAX_DATA_CHARS = 262_144;

function parseJsonMember(field: string, text: string, invalid: (message: string) => ApiError): JsonValue {
  if (isJsonTextTooDeep(text)) throw invalid(`The ${field} is nested too deeply: more than ${MAX_JSON_DEPTH} levels of objects and arrays`);
  try {
    return JSON.parse(text) as JsonValue;
  } catch (error) {
    throw invalid((error as Error).message);
  }
}

function readMock(body: RequestBody): TestStateMock | undefined {
  const mock = optionalObject(body, 'mock');
  if (!mock) return undefined;
  const result = optionalString(mock, 'result', MAX_DATA_CHARS);
  const errorBody = optionalObject(mock, 'errorOutput');
  const errorOutput = errorBody
    ? { error: optionalString(errorBody, 'error', MAX_DATA_CHARS), cause: optionalString(errorBody, 'cause', MAX_DATA_CHARS) }
    : undefined;
  const fieldValidationMode = optionalEnum(mock, 'fieldValidationMode', ['STRICT', 'PRESENT', 'NONE'] as const) ?? 'STRICT';
  return { result, errorOutput, fieldValidationMode };
}

function readConfiguration(body: RequestBody): TestStateConfiguration | undefined {
  const config = optionalObject(body, 'stateConfiguration');
  if (!config) return undefined;
  return {
    retrierRetryCount: optionalInteger(config, 'retrierRetryCount', 0, 2_147_483_647),
    errorCausedByState: optionalString(config, 'errorCausedByState', 80),
    mapIterationFailureCount: optionalInteger(config, 'mapIterationFailureCount', 0, 2_147_483_647),
    mapItemReaderData: optionalString(config, 'mapItemReaderData', MAX_DATA_CHARS),
  };
}

/** Reads and shape-checks the request body; semantic checks (state type, mocks) come later. */
export function readTestStateRequest(body: RequestBody): TestStateRequest {
  const definition = requiredString(body, 'definition', MAX_DEFINITION_CHARS);
  const inputText = optionalString(body, 'input', MAX_DATA_CHARS);
  const input =
    inputText === undefined
      ? {}
      : parseJsonMember('input', inputText, (m) => new ApiError('InvalidExecutionInput', `Invalid State Machine Execution Input: '${m}'`));
  const variablesText = optionalString(body, 'variables', MAX_DATA_CHARS);
  let variables: JsonObject | undefined;
  if (variablesText !== undefined) {
    const parsed = parseJsonMember('variables', variablesText, (m) => new ApiError('ValidationException', `Invalid variables: '${m}'`));
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw new ApiError('ValidationException', 'Invalid variables: the variables must be a JSON object');
    }
    variables = parsed;
  }
  const contextText = optionalString(body, 'context', MAX_DATA_CHARS);
  const context =
    contextText === undefined
      ? undefined
      : parseJsonMember('context', contextText, (m) => new ApiError('ValidationException', `Invalid context object: '${m}'`));
  const revealSecrets = optionalBoolean(body, 'revealSecrets') ?? false;
  if (body.stateName !== undefined && typeof body.stateName !== 'string')
    throw validationError('stateName', body.stateName, 'Member must be a string');
  return {
    definition,
    roleArn: optionalString(body, 'roleArn', 256),
    input,
    inspectionLevel: optionalEnum(body, 'inspectionLevel', ['INFO', 'DEBUG', 'TRACE'] as const) ?? 'INFO',
    revealSecrets,
    variables,
    stateName: optionalString(body, 'stateName', 80),
    mock: readMock(body),
    context,
    stateConfiguration: readConfiguration(body),
  };
}
