import { randomUUID } from 'node:crypto';
import type { JsonValue } from '../asl/json-value';
import { StateFailure } from './execution-errors';
import { invokeWithTimeout, type InvokeResult, type TaskTimeouts } from './invoke-with-timeout';
import { compactCause, lambdaInvokeEnvelope } from './lambda-envelope';
import { MAX_PAYLOAD_BYTES, payloadBytes, toJsonText } from './payload';
import type { StateFrame } from './runtime';
import { functionArn, functionNameOf, type TaskResource } from './task-resource';
import { FunctionNotFound, TaskFailure } from './types';

const DATA_LIMIT_CAUSE = (task: string) =>
  `The state/task '${task}' returned a result with a size exceeding the maximum number of bytes service limit.`;

type FailureInfo = { error: string; cause?: string };

/** Maps what the invoker threw to the error/cause AWS records. */
function failureInfo(frame: StateFrame, err: unknown, fn: string, serviceStyle: boolean): FailureInfo {
  const { region, accountId } = frame.branch.runtime.options;
  if (err instanceof FunctionNotFound) {
    return {
      error: 'Lambda.ResourceNotFoundException',
      cause: `Function not found: ${functionArn(fn, region, accountId)}:$LATEST (Service: AWSLambda; Status Code: 404; Error Code: ResourceNotFoundException; Request ID: ${randomUUID()}; Proxy: null)`,
    };
  }
  if (err instanceof TaskFailure) return { error: err.error, cause: serviceStyle ? compactCause(err.causeText) : err.causeText };
  const message = err instanceof Error ? err.message : String(err);
  return { error: 'Lambda.Unknown', cause: `The function failed in the emulator: ${message}` };
}

function timeoutError(result: Extract<InvokeResult, { kind: 'timeout' }>): string {
  return result.heartbeat ? 'States.HeartbeatTimeout' : 'States.Timeout';
}

/** A Lambda function named by ARN: LambdaFunctionScheduled/Started/Succeeded|Failed|TimedOut. */
async function runLambdaFunction(
  frame: StateFrame,
  arn: string,
  fn: string,
  payload: JsonValue,
  timeouts: TaskTimeouts,
): Promise<JsonValue> {
  const { runtime, thread } = frame.branch;
  const { writer, options } = runtime;
  const scheduled: Record<string, unknown> = { resource: arn, input: toJsonText(payload), inputDetails: { truncated: false } };
  if (timeouts.timeoutSeconds !== undefined) scheduled.timeoutInSeconds = timeouts.timeoutSeconds;
  if (timeouts.roleArn !== undefined) scheduled.taskCredentials = { roleArn: timeouts.roleArn };
  thread.last = writer.emit('LambdaFunctionScheduled', thread.last, scheduled);
  thread.last = writer.emit('LambdaFunctionStarted', thread.last);
  const result = await invokeWithTimeout(
    frame,
    { resource: arn, functionName: fn, payload, stateName: frame.name, executionArn: options.executionArn },
    timeouts,
  );
  if (result.kind === 'timeout') {
    const error = timeoutError(result);
    thread.last = writer.emit('LambdaFunctionTimedOut', thread.last, { error });
    throw new StateFailure(error, undefined, '');
  }
  if (result.kind === 'error') {
    const info = failureInfo(frame, result.error, fn, false);
    thread.last = writer.emit('LambdaFunctionFailed', thread.last, { ...info });
    throw new StateFailure(info.error, info.cause);
  }
  const text = toJsonText(result.value);
  if (payloadBytes(text) > MAX_PAYLOAD_BYTES) {
    const info = { error: 'States.DataLimitExceeded', cause: DATA_LIMIT_CAUSE('lambda') };
    thread.last = writer.emit('LambdaFunctionFailed', thread.last, info);
    throw new StateFailure(info.error, info.cause);
  }
  thread.last = writer.emit('LambdaFunctionSucceeded', thread.last, { output: text, outputDetails: { truncated: false } });
  return result.value;
}

/** `arn:aws:states:::lambda:invoke`: TaskScheduled/Started/Succeeded|Failed|TimedOut with AWS's envelope. */
async function runLambdaInvoke(frame: StateFrame, parameters: JsonValue, timeouts: TaskTimeouts): Promise<JsonValue> {
  const { runtime, thread } = frame.branch;
  const { writer, options } = runtime;
  const base = { resourceType: 'lambda', resource: 'invoke' };
  const params = typeof parameters === 'object' && parameters !== null && !Array.isArray(parameters) ? parameters : {};
  const scheduled: Record<string, unknown> = { ...base, region: options.region, parameters: toJsonText(parameters) };
  if (timeouts.timeoutSeconds !== undefined) scheduled.timeoutInSeconds = timeouts.timeoutSeconds;
  if (timeouts.heartbeatSeconds !== undefined) scheduled.heartbeatInSeconds = timeouts.heartbeatSeconds;
  if (timeouts.roleArn !== undefined) scheduled.taskCredentials = { roleArn: timeouts.roleArn };
  thread.last = writer.emit('TaskScheduled', thread.last, scheduled);
  thread.last = writer.emit('TaskStarted', thread.last, base);
  const functionName = typeof params.FunctionName === 'string' ? params.FunctionName : '';
  const fn = functionNameOf(functionName);
  const payload = params.Payload === undefined ? {} : params.Payload;
  // One id for the handler's logs and the envelope's SdkResponseMetadata, as on AWS.
  const requestId = randomUUID();
  const result = await invokeWithTimeout(
    frame,
    {
      resource: String(frame.state.Resource),
      functionName: fn,
      payload,
      stateName: frame.name,
      executionArn: options.executionArn,
      requestId,
    },
    timeouts,
  );
  if (result.kind === 'timeout') {
    const error = timeoutError(result);
    thread.last = writer.emit('TaskTimedOut', thread.last, { ...base, error });
    throw new StateFailure(error, undefined, '');
  }
  if (result.kind === 'error') {
    const info = failureInfo(frame, result.error, functionName || fn, true);
    thread.last = writer.emit('TaskFailed', thread.last, { ...base, ...info });
    throw new StateFailure(info.error, info.cause);
  }
  const envelope = lambdaInvokeEnvelope(result.value, toJsonText(result.value), params.LogType === 'Tail', requestId);
  const text = toJsonText(envelope);
  if (payloadBytes(text) > MAX_PAYLOAD_BYTES) {
    const info = { error: 'States.DataLimitExceeded', cause: DATA_LIMIT_CAUSE('lambda') };
    thread.last = writer.emit('TaskFailed', thread.last, { ...base, ...info });
    throw new StateFailure(info.error, info.cause);
  }
  thread.last = writer.emit('TaskSucceeded', thread.last, { ...base, output: text, outputDetails: { truncated: false } });
  return envelope;
}

/** Integrations the emulator cannot reach: scheduled, then failed to start with a clear cause. */
function runUnsupported(frame: StateFrame, resourceType: string, resource: string, parameters: JsonValue, why: string): never {
  const { runtime, thread } = frame.branch;
  const base = { resourceType, resource };
  thread.last = runtime.writer.emit('TaskScheduled', thread.last, {
    ...base,
    region: runtime.options.region,
    parameters: toJsonText(parameters),
  });
  const info = { error: 'States.Runtime', cause: why };
  thread.last = runtime.writer.emit('TaskStartFailed', thread.last, { ...base, ...info });
  throw new StateFailure(info.error, info.cause);
}

/** Runs one attempt of a Task's resource and resolves to its raw result. */
export async function runTaskResource(
  frame: StateFrame,
  resource: TaskResource,
  parameters: JsonValue,
  timeouts: TaskTimeouts,
): Promise<JsonValue> {
  switch (resource.kind) {
    case 'lambda-function':
      return runLambdaFunction(frame, resource.arn, resource.functionName, parameters, timeouts);
    case 'service': {
      const action = resource.pattern ? `${resource.action}.${resource.pattern}` : resource.action;
      if (resource.service === 'lambda' && resource.action === 'invoke' && resource.pattern === '') {
        return runLambdaInvoke(frame, parameters, timeouts);
      }
      const why =
        resource.service === 'lambda'
          ? `The emulator does not support the '.${resource.pattern}' integration pattern; use 'arn:aws:states:::lambda:invoke' (request-response).`
          : `The emulator does not support the '${resource.service}:${action}' service integration; only Lambda functions run locally.`;
      return runUnsupported(frame, resource.service, action, parameters, why);
    }
    case 'activity':
      return runUnsupported(frame, 'activity', resource.arn, parameters, 'The emulator does not support activities.');
    default:
      return runUnsupported(
        frame,
        'unknown',
        resource.resource,
        parameters,
        `The emulator does not recognise the Task resource '${resource.resource}'.`,
      );
  }
}
