import { randomUUID } from 'node:crypto';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { isStackOverflow } from './asl/json-depth';
import { createCloudWatchHandler, isCloudWatchRequest } from './cloudwatch/handle-cloudwatch-request';
import type { ActionContext } from './server/action-context';
import { RawJson } from './server/action-context';
import { LOGS_ACTIONS, LOGS_TARGET_PREFIX } from './server/logs-actions/logs-actions';
import { API_ACTIONS } from './server/actions/api-actions';
import { ApiError } from './server/api-error';
import { parseRequestBody } from './server/parse-request-body';
import { readRequestBody, RequestAborted } from './server/read-request-body';
import { regionFromAuthorization } from './server/region-from-authorization';
import type { TokenBucketThrottle } from './server/token-bucket-throttle';

const TARGET_PREFIX = 'AWSStepFunctions.';
const CONTENT_TYPE = 'application/x-amz-json-1.0';

export interface RequestListenerOptions {
  context: Omit<ActionContext, 'region'>;
  throttle: TokenBucketThrottle;
}

/** One request's response side: every answer carries the request's id, as AWS's do. */
interface Reply {
  response: ServerResponse;
  requestId: string;
}

function send(reply: Reply, status: number, body: string, errorType?: string): void {
  const { response } = reply;
  if (response.headersSent || response.destroyed) return;
  const headers: Record<string, string> = {
    'Content-Type': CONTENT_TYPE,
    'Content-Length': String(Buffer.byteLength(body)),
    'x-amzn-RequestId': reply.requestId,
  };
  if (errorType !== undefined) headers['x-amzn-ErrorType'] = errorType;
  response.writeHead(status, headers);
  response.end(body);
}

function sendError(reply: Reply, error: ApiError): void {
  send(reply, error.httpStatus, error.toBody(), error.code);
}

const MAX_CONTEXTS = 64;

type ContextOfRegion = (region: string) => ActionContext;

/** The action context of each region, made once: every request of a region shares it. */
function contextsByRegion(shared: RequestListenerOptions['context']): ContextOfRegion {
  const contexts = new Map<string, ActionContext>();
  return (region) => {
    let context = contexts.get(region);
    if (!context) {
      // Regions are whatever clients sign with: keep a few, never an unbounded set.
      if (contexts.size >= MAX_CONTEXTS) contexts.clear();
      context = { ...shared, region };
      contexts.set(region, context);
    }
    return context;
  };
}

async function handle(request: IncomingMessage, reply: Reply, options: RequestListenerOptions, contextOf: ContextOfRegion): Promise<void> {
  if (request.method === 'GET' && (request.url === '/' || request.url === '/health')) {
    request.resume();
    send(reply, 200, JSON.stringify({ service: 'statescope-emulator', protocol: 'awsJson1_0', targetPrefix: 'AWSStepFunctions' }));
    return;
  }
  const target = request.headers['x-amz-target'];
  const targetText = Array.isArray(target) ? target[0] : target;
  const text = await readRequestBody(request);
  // CloudWatch Logs shares the port: its targets are Logs_20140328.<Operation> (AWS JSON 1.1).
  const isLogs = targetText?.startsWith(LOGS_TARGET_PREFIX) === true;
  if (request.method !== 'POST' || targetText === undefined || !(isLogs || targetText.startsWith(TARGET_PREFIX))) {
    throw new ApiError(
      'UnknownOperationException',
      `Expected POST / with an X-Amz-Target header of the form ${TARGET_PREFIX}<Operation> or ${LOGS_TARGET_PREFIX}<Operation>, got ${request.method} with '${targetText ?? ''}'`,
    );
  }
  const actions = isLogs ? LOGS_ACTIONS : API_ACTIONS;
  const operation = targetText.slice((isLogs ? LOGS_TARGET_PREFIX : TARGET_PREFIX).length);
  const action = Object.hasOwn(actions, operation) ? actions[operation] : undefined;
  if (!action) {
    throw new ApiError(
      'UnknownOperationException',
      `The Statescope emulator does not support the operation '${operation}'. Supported: ${Object.keys(actions).join(', ')}`,
    );
  }
  if (!options.throttle.tryTake(operation)) throw new ApiError('ThrottlingException', 'Rate exceeded');
  const body = parseRequestBody(text);
  const result = await action(body, contextOf(regionFromAuthorization(request.headers.authorization)));
  send(reply, 200, result instanceof RawJson ? result.text : JSON.stringify(result));
}

/**
 * The HTTP side of the emulator: AWS JSON 1.0 in, AWS JSON 1.0 out, errors as AWS sends them. Every
 * request gets an answer: a failure the emulator did not expect is logged with the request id and
 * answered with HTTP 500 InternalFailure, which the AWS SDKs raise as a service error.
 */
export function createRequestListener(options: RequestListenerOptions): RequestListener {
  // CloudWatch (AWS/States metrics) shares the port and answers in its own protocols.
  const cloudWatch = createCloudWatchHandler(options.context.store, options.context.nowMs);
  const contextOf = contextsByRegion(options.context);
  return (request, response) => {
    const reply: Reply = { response, requestId: randomUUID() };
    if (isCloudWatchRequest(request)) {
      void cloudWatch(request, response, reply.requestId);
      return;
    }
    handle(request, reply, options, contextOf).catch((error: unknown) => {
      if (error instanceof ApiError) {
        sendError(reply, error);
        return;
      }
      // A client that hung up mid-request needs no answer and is no server fault. (`request.destroyed`
      // cannot tell: a request whose body was read to the end is destroyed too.)
      if (error instanceof RequestAborted || response.destroyed || response.socket === null || response.socket.destroyed) return;
      console.error(`statescope emulator: request ${reply.requestId} failed:`, error);
      sendError(
        reply,
        new ApiError(
          'InternalFailure',
          `The emulator failed to handle the request (request id ${reply.requestId}): ${describe(error)}`,
          500,
        ),
      );
      // Headers already went out with a partial body: end the connection rather than leave it hanging.
      if (!response.writableEnded) response.destroy();
    });
  };
}

function describe(error: unknown): string {
  if (isStackOverflow(error)) return 'the request data is nested too deeply to process';
  return error instanceof Error ? error.message : String(error);
}
