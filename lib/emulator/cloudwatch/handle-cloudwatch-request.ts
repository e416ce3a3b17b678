import type { IncomingMessage, ServerResponse } from 'node:http';
import { readRequestBody, RequestAborted } from '../server/read-request-body';
import type { EmulatorStore } from '../store/emulator-store';
import { BACKDATE_TARGET, backdateExecutionAction } from './backdate-execution-action';
import { CloudWatchError } from './cloudwatch-error';
import { getMetricData, type GetMetricDataOutput } from './get-metric-data';
import { listMetrics } from './list-metrics';
import { MetricSource } from './metric-source';
import { parseQueryForm, queryErrorResponse, queryResponse } from './query-protocol';
import { isRecord, type CloudWatchInput } from './read-input';
import { SEED_TARGET, seedMetricData } from './seed-metric-data';

export const CLOUDWATCH_TARGET_PREFIX = 'GraniteServiceVersion20100801.';
const EMULATOR_TARGET_PREFIX = 'StatescopeEmulator.';
const FORM_TYPE = 'application/x-www-form-urlencoded';

type Protocol = 'json' | 'query';

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Whether a request is CloudWatch's (AWS JSON 1.0 with a `GraniteServiceVersion20100801.` target, or
 * an AWS Query form, which no other API on this port uses) or one of the emulator-only actions.
 */
export function isCloudWatchRequest(request: IncomingMessage): boolean {
  const target = header(request, 'x-amz-target');
  if (target !== undefined) return target.startsWith(CLOUDWATCH_TARGET_PREFIX) || target.startsWith(EMULATOR_TARGET_PREFIX);
  return request.method === 'POST' && (header(request, 'content-type') ?? '').startsWith(FORM_TYPE);
}

export type CloudWatchHandler = (request: IncomingMessage, response: ServerResponse, requestId: string) => Promise<void>;

/**
 * The CloudWatch subset on the emulator's port: GetMetricData and ListMetrics for `AWS/States` in
 * AWS JSON 1.0 and Query, plus the emulator-only SeedMetricData and BackdateExecution (JSON 1.0).
 * Answers every request itself, errors in the protocol's own format.
 */
export function createCloudWatchHandler(store: EmulatorStore, nowMs: () => number): CloudWatchHandler {
  // Made on the first CloudWatch request, so a server that never gets one prepares nothing.
  let made: MetricSource | undefined;
  const metrics = (): MetricSource => (made ??= new MetricSource(store.db));
  const actions: Record<string, (input: CloudWatchInput) => Record<string, unknown>> = {
    GetMetricData: (input) => withTimestamps(getMetricData(input, metrics(), nowMs())),
    ListMetrics: (input) => ({ ...listMetrics(input, metrics(), nowMs()) }),
  };
  const emulatorActions: Record<string, (input: CloudWatchInput) => Record<string, unknown>> = {
    [SEED_TARGET]: (input) => seedMetricData(input, metrics(), nowMs()),
    [BACKDATE_TARGET]: (input) => backdateExecutionAction(input, store, nowMs()),
  };

  const findAction = (target: string) => {
    if (target.startsWith(CLOUDWATCH_TARGET_PREFIX)) {
      const operation = target.slice(CLOUDWATCH_TARGET_PREFIX.length);
      return Object.hasOwn(actions, operation) ? actions[operation] : undefined;
    }
    return Object.hasOwn(emulatorActions, target) ? emulatorActions[target] : undefined;
  };

  return async (request, response, requestId) => {
    const target = header(request, 'x-amz-target');
    const protocol: Protocol = target === undefined ? 'query' : 'json';
    try {
      const body = await readRequestBody(request).catch((error: unknown) => {
        if (error instanceof RequestAborted) throw error;
        throw new CloudWatchError('PayloadTooLarge', error instanceof Error ? error.message : String(error));
      });
      if (target === undefined) {
        const { action, input } = parseQueryForm(body);
        const run = action !== undefined && Object.hasOwn(actions, action) ? actions[action] : undefined;
        if (action === undefined || !run) {
          throw new CloudWatchError(
            'InvalidAction',
            `The action ${action ?? '(none)'} is not valid for this endpoint. Supported: ${Object.keys(actions).join(', ')}`,
          );
        }
        const result = run(input);
        await store.whenCommitted();
        send(response, 200, 'text/xml', queryResponse(action, toQueryValues(result), requestId), requestId);
        return;
      }
      const run = findAction(target);
      if (!run) {
        throw new CloudWatchError(
          'UnknownOperationException',
          `The Statescope emulator does not support the operation '${target}'. Supported: ${[...Object.keys(actions).map((a) => CLOUDWATCH_TARGET_PREFIX + a), ...Object.keys(emulatorActions)].join(', ')}`,
        );
      }
      const result = run(parseJson(body));
      // As every emulator answer: only once what it wrote (seeds, a back-dating) is committed.
      await store.whenCommitted();
      send(response, 200, 'application/x-amz-json-1.0', JSON.stringify(toJsonValues(result)), requestId);
    } catch (error) {
      if (error instanceof RequestAborted || response.destroyed) return;
      const failure =
        error instanceof CloudWatchError
          ? error
          : new CloudWatchError(
              'InternalServiceError',
              `The emulator failed to handle the request (request id ${requestId}): ${error instanceof Error ? error.message : String(error)}`,
            );
      if (!(error instanceof CloudWatchError)) console.error(`statescope emulator: request ${requestId} failed:`, error);
      if (protocol === 'query') {
        send(response, failure.httpStatus, 'text/xml', queryErrorResponse(failure, requestId), requestId);
      } else {
        send(
          response,
          failure.httpStatus,
          'application/x-amz-json-1.0',
          JSON.stringify({ __type: failure.jsonType, message: failure.message }),
          requestId,
          {
            'x-amzn-query-error': `${failure.code};${failure.faultType}`,
            'x-amzn-ErrorType': failure.jsonType,
          },
        );
      }
    }
  };
}

function parseJson(body: string): CloudWatchInput {
  if (body.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch (error) {
    throw new CloudWatchError('SerializationException', `The request body is not valid JSON: ${(error as Error).message}`);
  }
  if (!isRecord(parsed)) throw new CloudWatchError('SerializationException', 'The request body must be a JSON object');
  return parsed;
}

/** Marks GetMetricData's timestamps (epoch ms) so each protocol can write them its own way. */
class Timestamp {
  constructor(readonly ms: number) {}
}

function withTimestamps(output: GetMetricDataOutput): Record<string, unknown> {
  return {
    ...output,
    MetricDataResults: output.MetricDataResults.map((r) => ({ ...r, Timestamps: r.Timestamps.map((ms) => new Timestamp(ms)) })),
  };
}

function mapTimestamps(value: unknown, write: (t: Timestamp) => unknown): unknown {
  if (value instanceof Timestamp) return write(value);
  if (Array.isArray(value)) return value.map((item) => mapTimestamps(item, write));
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapTimestamps(v, write)]));
  return value;
}

/** JSON 1.0 timestamps are epoch seconds. */
function toJsonValues(output: Record<string, unknown>): unknown {
  return mapTimestamps(output, (t) => t.ms / 1000);
}

/** Query XML timestamps are ISO 8601. */
function toQueryValues(output: Record<string, unknown>): Record<string, unknown> {
  return mapTimestamps(output, (t) => new Date(t.ms)) as Record<string, unknown>;
}

function send(
  response: ServerResponse,
  status: number,
  contentType: string,
  body: string,
  requestId: string,
  headers: Record<string, string> = {},
): void {
  if (response.headersSent || response.destroyed) return;
  response.writeHead(status, {
    'Content-Type': contentType,
    'Content-Length': String(Buffer.byteLength(body)),
    'x-amzn-RequestId': requestId,
    ...headers,
  });
  response.end(body);
}
