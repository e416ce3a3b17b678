import { randomBytes, randomUUID } from 'node:crypto';
import path from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { FunctionNotFound, TaskFailure } from '../engine/types';
import type { TaskInvocation, TaskInvoker } from '../engine/types';
import type { LambdaLogSink } from '../logs/lambda-log-writer';
import { runCapturingConsole, type CapturedConsoleLine } from './capture-handler-console';
import { formatLambdaErrorCause, toLambdaErrorPayload } from './lambda-error-cause';
import { HandlerNotExported, resolveHandlerModule, SEED_HANDLERS_DIR, toBareFunctionName } from './resolve-handler-module';
import type { LambdaHandler, ResolvedHandler } from './resolve-handler-module';

export interface HandlerInvokerOptions {
  /** User handlers, searched before the built-in seed handlers. */
  handlersDir?: string;
  /** Receives each invocation's START/console/END/REPORT log, as Lambda writes `/aws/lambda/NAME`. */
  lambdaLogs?: LambdaLogSink;
}

/** The subset of the Lambda Node.js context object that handlers commonly read. */
export interface LambdaContext {
  functionName: string;
  functionVersion: string;
  invokedFunctionArn: string;
  memoryLimitInMB: string;
  awsRequestId: string;
  logGroupName: string;
  logStreamName: string;
  callbackWaitsForEmptyEventLoop: boolean;
  getRemainingTimeInMillis(): number;
}

// Lambda's default timeout; handlers only use it to budget work, the engine enforces TimeoutSeconds.
const DEFAULT_TIMEOUT_MS = 3_000;
const MEMORY_SIZE_MB = 128;
const BYTES_PER_MB = 1024 * 1024;

/**
 * Runs Lambda tasks on local handler modules named after the function: `<handlersDir>/<name>.{js,mjs,cjs,ts,mts}`
 * first, then `lib/seeds/handlers/`. A throw becomes `TaskFailure(errorType, cause)` with the cause
 * Lambda writes; no module throws `FunctionNotFound`.
 */
export function createHandlerInvoker(options: HandlerInvokerOptions): TaskInvoker {
  const directories = [...(options.handlersDir ? [path.resolve(options.handlersDir)] : []), SEED_HANDLERS_DIR];
  // One "execution environment" per emulator process, so its invocations share a log stream as a warm Lambda's do.
  const environmentId = randomBytes(16).toString('hex');
  // Found handlers stay loaded, as a warm Lambda's code does: resolving means a file-system probe per
  // extension and directory plus a trip through the module loader, which cost more than the call itself.
  // A miss is not remembered, so a handler file added while the emulator runs is found on the next call.
  const loaded = new Map<string, Promise<ResolvedHandler | undefined>>();
  const resolve = (functionName: string): Promise<ResolvedHandler | undefined> => {
    const cached = loaded.get(functionName);
    if (cached) return cached;
    const resolving = resolveHandlerModule(functionName, directories);
    loaded.set(functionName, resolving);
    resolving.then(
      (resolved) => {
        if (!resolved) loaded.delete(functionName);
      },
      () => loaded.delete(functionName),
    );
    return resolving;
  };
  return {
    async invoke(invocation: TaskInvocation): Promise<unknown> {
      throwIfAborted(invocation.signal);
      const requestId = invocation.requestId ?? randomUUID();
      const causeStyle = /^arn:[^:]+:lambda:/.test(invocation.resource) ? 'spaced' : 'compact';
      const fail = (thrown: unknown, errorType?: string): TaskFailure => {
        const payload = toLambdaErrorPayload(thrown, requestId);
        if (errorType) payload.errorType = errorType;
        return new TaskFailure(payload.errorType, formatLambdaErrorCause(payload, causeStyle));
      };

      let handler: LambdaHandler;
      try {
        const resolved = await resolve(invocation.functionName);
        if (!resolved) throw new FunctionNotFound(invocation.functionName);
        handler = resolved.handler;
      } catch (error) {
        if (error instanceof FunctionNotFound) throw error;
        throw fail(error, error instanceof HandlerNotExported ? 'Runtime.HandlerNotFound' : 'Runtime.ImportModuleError');
      }

      const context = createLambdaContext(invocation, requestId, environmentId);
      // The task may have been given up while the module loaded (a Parallel sibling failed): then the
      // function is never called, as a Lambda that was never invoked does nothing.
      throwIfAborted(invocation.signal);
      let result: unknown;
      try {
        const running = callAndLog(handler, toLambdaEvent(invocation.payload), context, invocation, options.lambdaLogs);
        result = await raceAbort(running, invocation.signal);
      } catch (error) {
        if (isAbortError(error)) throw error;
        throw fail(error);
      }
      try {
        return toJsonValue(result);
      } catch (error) {
        throw fail(
          new Error(`Unable to marshal response: ${error instanceof Error ? error.message : String(error)}`),
          'Runtime.MarshalError',
        );
      }
    },
  };
}

/** Lambda hands the function a fresh JSON document, so a handler can never mutate the engine's state. */
function toLambdaEvent(payload: unknown): unknown {
  return payload === undefined ? null : (JSON.parse(JSON.stringify(payload)) as unknown);
}

/** What Lambda returns for a result: its JSON form (`undefined` becomes null); BigInt or cycles throw. */
function toJsonValue(result: unknown): unknown {
  const text = JSON.stringify(result);
  return text === undefined ? null : (JSON.parse(text) as unknown);
}

function callHandler(handler: LambdaHandler, event: unknown, context: LambdaContext): Promise<unknown> {
  if (handler.length < 3) return Promise.resolve().then(() => handler(event, context));
  // Callback-style handler `(event, context, callback)`: settle on the callback or on a returned promise.
  return new Promise((resolve, reject) => {
    const callback = (error: unknown, value?: unknown): void => (error != null ? reject(error) : resolve(value));
    try {
      const returned = handler(event, context, callback);
      if (isThenable(returned)) returned.then(resolve, reject);
    } catch (error) {
      reject(error);
    }
  });
}

/**
 * Calls the handler with its console captured and, once it settles (even after the task gave up on
 * it), hands the invocation's log to the sink.
 */
function callAndLog(
  handler: LambdaHandler,
  event: unknown,
  context: LambdaContext,
  invocation: TaskInvocation,
  sink: LambdaLogSink | undefined,
): Promise<unknown> {
  if (!sink) return callHandler(handler, event, context);
  const lines: CapturedConsoleLine[] = [];
  const startMs = Date.now();
  const running = runCapturingConsole(lines, () => callHandler(handler, event, context));
  const writeLog = (thrown?: unknown): void => {
    const [, , , region = 'us-east-1'] = invocation.executionArn.split(':');
    const payload = thrown === undefined ? undefined : toLambdaErrorPayload(thrown, context.awsRequestId);
    sink.write({
      region,
      functionName: context.functionName,
      requestId: context.awsRequestId,
      logStreamName: context.logStreamName,
      startMs,
      endMs: Date.now(),
      memorySizeMb: MEMORY_SIZE_MB,
      // An estimate: handlers share the emulator's heap, so this is that heap, capped at the memory size
      // (the V8 figure alone: process.memoryUsage() also reads the resident set from /proc, per call).
      maxMemoryUsedMb: Math.min(MEMORY_SIZE_MB, Math.ceil(getHeapStatistics().used_heap_size / BYTES_PER_MB)),
      lines,
      ...(payload && { error: { errorType: payload.errorType, errorMessage: payload.errorMessage, stack: payload.stackTrace } }),
    });
  };
  running.then(
    () => writeLog(),
    (error: unknown) => writeLog(error ?? new Error('handler failed')),
  );
  return running;
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return value !== null && typeof value === 'object' && typeof (value as { then?: unknown }).then === 'function';
}

function createAbortError(): DOMException {
  return new DOMException('The task was aborted', 'AbortError');
}

function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

function throwIfAborted(signal: AbortSignal): void {
  if (signal.aborted) throw createAbortError();
}

/**
 * A handler cannot be interrupted, but the task stops waiting for it as soon as the signal fires. The
 * handler's promise always gets a rejection handler: a failure after the abort must not become an
 * unhandled rejection, which ends the emulator's process.
 */
function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(createAbortError());
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

function createLambdaContext(invocation: TaskInvocation, requestId: string, environmentId: string): LambdaContext {
  const name = toBareFunctionName(invocation.functionName) ?? invocation.functionName;
  // Region and account come from the execution ARN: arn:aws:states:<region>:<account>:execution:...
  const [, partition = 'aws', , region = 'us-east-1', accountId = '123456789012'] = invocation.executionArn.split(':');
  const deadline = Date.now() + DEFAULT_TIMEOUT_MS;
  const day = new Date().toISOString().slice(0, 10).replaceAll('-', '/');
  return {
    functionName: name,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:${partition}:lambda:${region}:${accountId}:function:${name}`,
    memoryLimitInMB: String(MEMORY_SIZE_MB),
    awsRequestId: requestId,
    logGroupName: `/aws/lambda/${name}`,
    logStreamName: `${day}/[$LATEST]${environmentId}`,
    callbackWaitsForEmptyEventLoop: true,
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
  };
}
