import { TestStateCommand, type TestStateOutput } from '@aws-sdk/client-sfn';
import { DataSourceError } from './errors';
import { sendSfn } from './send-sfn';
import {
  TEST_STATE_STATUSES,
  type TestStateInspection,
  type TestStateRequest,
  type TestStateResult,
  type TestStateStatus,
} from '../domain/test-state';

/**
 * The data source does not serve TestState at all: an endpoint that predates it (Step Functions
 * Local, an older LocalStack or emulator). Not a DataSourceError: the rest of the page works.
 */
export class TestStateNotAvailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'TestStateNotAvailableError';
  }
}

/** Names an endpoint answers with for an action it does not know. */
const UNKNOWN_ACTION = new Set([
  'UnknownOperationException',
  'UnknownOperation',
  'InvalidAction',
  'NotImplemented',
  'UnsupportedOperation',
]);

function errorName(error: unknown): string {
  return typeof error === 'object' && error !== null && typeof (error as { name?: unknown }).name === 'string'
    ? (error as { name: string }).name
    : '';
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function toStatus(value: string | undefined): TestStateStatus {
  return (TEST_STATE_STATUSES as readonly string[]).includes(value ?? '') ? (value as TestStateStatus) : 'FAILED';
}

function toInspection(data: TestStateOutput['inspectionData']): TestStateInspection {
  if (!data) return {};
  const inspection: TestStateInspection = {};
  const textKeys = [
    'input',
    'afterInputPath',
    'afterParameters',
    'afterArguments',
    'afterItemsPath',
    'afterItemSelector',
    'result',
    'afterResultSelector',
    'afterResultPath',
    'variables',
  ] as const;
  for (const key of textKeys) {
    const value = data[key];
    if (typeof value === 'string') inspection[key] = value;
  }
  if (data.errorDetails) {
    const { catchIndex, retryIndex, retryBackoffIntervalSeconds } = data.errorDetails;
    inspection.errorDetails = { catchIndex, retryIndex, retryBackoffIntervalSeconds };
  }
  return inspection;
}

/**
 * TestState at DEBUG level, so the reply carries each input/output processing stage. The caller
 * mocks Task, Map and Parallel results: this adapter sends what it is given.
 * Throws TestStateNotAvailableError when the endpoint lacks the action, a DataSourceError otherwise
 * (AccessDenied → 'access-denied'; ValidationException and InvalidDefinition → 'invalid-input').
 */
export async function testState(request: TestStateRequest): Promise<TestStateResult> {
  const mock = request.mock
    ? 'result' in request.mock
      ? { result: request.mock.result, fieldValidationMode: 'NONE' as const }
      : { errorOutput: request.mock.errorOutput, fieldValidationMode: 'NONE' as const }
    : undefined;
  try {
    const out = await sendSfn('TestState', request.stateName, (sfn) =>
      sfn.send(
        new TestStateCommand({
          definition: request.definition,
          stateName: request.stateName,
          roleArn: request.roleArn || undefined,
          input: request.input,
          variables: request.variables,
          inspectionLevel: 'DEBUG',
          mock,
        }),
      ),
    );
    return {
      status: toStatus(out.status),
      output: out.output,
      error: out.error,
      cause: out.cause,
      nextState: out.nextState,
      inspection: toInspection(out.inspectionData),
    };
  } catch (error) {
    const name = errorName(error);
    if (UNKNOWN_ACTION.has(name)) {
      throw new TestStateNotAvailableError(`The data source does not serve TestState (${name}: ${errorMessage(error)}).`, { cause: error });
    }
    if (name === 'InvalidDefinition') {
      throw new DataSourceError(
        'invalid-input',
        `Step Functions rejected the state's definition: ${errorMessage(error)}`,
        'The definition the execution ran cannot be tested as it stands.',
        { cause: error },
      );
    }
    throw error;
  }
}
