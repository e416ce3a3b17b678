import type { JsonObject, JsonValue } from '../asl/json-value';
import { StateFailure } from '../engine/execution-errors';
import { retryDelaySeconds } from '../engine/retry';
import { StateRetriable, type InspectionStage, type StateTestHooks } from '../engine/state-test-hooks';
import type { CheckedMock } from './check-request';

/** What one TestState run saw: stage values, Map limits and how a Retry or Catch handled an error. */
export interface TestRunRecord {
  stages: Partial<Record<InspectionStage, JsonValue>>;
  mapLimits: { maxConcurrency?: number; toleratedFailureCount?: number; toleratedFailurePercentage?: number };
  errorDetails?: { retryIndex?: number; retryBackoffIntervalSeconds?: number; catchIndex?: number };
}

export interface TestHooksOptions {
  mock?: CheckedMock;
  /** stateConfiguration.retrierRetryCount: the retries the matching retrier has already made. */
  retrierRetryCount: number;
  /** The request's `context`, which replaces `$$` as a whole. */
  context?: JsonValue;
  roleArn: string | null;
}

export function emptyRecord(): TestRunRecord {
  return { stages: {}, mapLimits: {} };
}

/** One attempt of a mocked state: the mocked result (a fresh copy), or the mocked error. */
export function mockedAttempt(mock: CheckedMock): () => Promise<JsonValue> {
  return async () => {
    if (mock.kind === 'error') throw new StateFailure(mock.error, mock.cause);
    return structuredClone(mock.value);
  };
}

/** The engine hooks for one TestState run, writing what they see into `record`. */
export function createTestHooks(options: TestHooksOptions, record: TestRunRecord): StateTestHooks {
  const { mock } = options;
  return {
    inspect(stage, value) {
      record.stages[stage] = value;
    },
    mockedAttempt: () => (mock ? mockedAttempt(mock) : undefined),
    retry(_frame, failure: StateFailure, retrierIndex: number, retrier: JsonObject) {
      const maxAttempts = typeof retrier.MaxAttempts === 'number' ? retrier.MaxAttempts : 3;
      const done = options.retrierRetryCount;
      if (done < maxAttempts) throw new StateRetriable(failure, retrierIndex, retryDelaySeconds(retrier, done));
      // An exhausted retrier still names itself, alone (recorded on AWS).
      record.errorDetails = { ...record.errorDetails, retryIndex: retrierIndex };
    },
    context(built) {
      const given = options.context;
      if (typeof given === 'object' && given !== null && !Array.isArray(given)) return structuredClone(given);
      const execution = built.Execution as JsonObject;
      // An express execution with generated names, as AWS runs the test; no RedriveCount there.
      const rest: JsonObject = { ...execution, RoleArn: options.roleArn };
      delete rest.RedriveCount;
      return { ...built, Execution: rest };
    },
  };
}
