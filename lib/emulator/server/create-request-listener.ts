import { randomUUID } from 'node:crypto';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { ActionContext } from './action-context';
import { RawJson } from './action-context';
import { LOGS_ACTIONS, LOGS_TARGET_PREFIX } from '../logs/logs-actions';
import { API_ACTIONS } from './actions/api-actions';
import { ApiError } from './api-error';
import { parseRequestBody } from './parse-request-body';
import { readRequestBody } from './read-request-body';
import { regionFromAuthorization } from './region-from-authorization';
import type { TokenBucketThrottle } from './token-bucket-throttle';

const TARGET_PREFIX = 'AWSStepFunctions.';
const CONTENT_TYPE = 'application/x-amz-json-1.0';

export interface RequestListenerOptions {
  context: Omit<ActionContext, 'region'>;
  throttle: TokenBucketThrottle;
}

function send(response: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  if (response.headersSent || response.destroyed) return;
  response.writeHead(status, {
    'Content-Type': CONTENT_TYPE,
    'Content-Length': String(Buffer.byteLength(body)),
    'x-amzn-RequestId': randomUUID(),
    ...headers,
  });
  response.end(body);
}

function sendError(response: ServerResponse, error: ApiError): void {
  send(response, error.httpStatus, error.toBody(), { 'x-amzn-ErrorType': error.code });
}

async function handle(request: IncomingMessage, response: ServerResponse, options: RequestListenerOptions): Promise<void> {
  if (request.method === 'GET' && (request.url === '/' || request.url === '/health')) {
    request.resume();
    send(response, 200, JSON.stringify({ service: 'statescope-emulator', protocol: 'awsJson1_0', targetPrefix: 'AWSStepFunctions' }));
    return;
  }
  const target = request.headers['x-amz-target'];
  const targetText = Array.isArray(target) ? target[0] : target;
  const text = await readRequestBody(request);
  // CloudWatch Logs shares the port: its targets are Logs_20140328.<Operation> (AWS JSON 1.1).
  const isLogs = targetText?.startsWith(LOGS_TARGET_PREFIX) === true;
  if (request.method !== 'POST' || !(isLogs || targetText?.startsWith(TARGET_PREFIX))) {
    throw new ApiError(
      'UnknownOperationException',
      `Expected POST / with an X-Amz-Target header of the form ${TARGET_PREFIX}<Operation> or ${LOGS_TARGET_PREFIX}<Operation>, got ${request.method} with '${targetText ?? ''}'`,
    );
  }
  const actions = isLogs ? LOGS_ACTIONS : API_ACTIONS;
  const operation = targetText!.slice((isLogs ? LOGS_TARGET_PREFIX : TARGET_PREFIX).length);
  const action = Object.hasOwn(actions, operation) ? actions[operation] : undefined;
  if (!action) {
    throw new ApiError(
      'UnknownOperationException',
      `The Statescope emulator does not support the operation '${operation}'. Supported: ${Object.keys(actions).join(', ')}`,
    );
  }
  if (!options.throttle.tryTake(operation)) throw new ApiError('ThrottlingException', 'Rate exceeded');
  const body = parseRequestBody(text);
  const context: ActionContext = { ...options.context, region: regionFromAuthorization(request.headers.authorization) };
  const result = await action(body, context);
  send(response, 200, result instanceof RawJson ? result.text : JSON.stringify(result));
}

/** The HTTP side of the emulator: AWS JSON 1.0 in, AWS JSON 1.0 out, errors as AWS sends them. */
export function createRequestListener(options: RequestListenerOptions): RequestListener {
  return (request, response) => {
    handle(request, response, options).catch((error: unknown) => {
      if (error instanceof ApiError) {
        sendError(response, error);
        return;
      }
      // A client that hung up mid-request needs no answer and is no server fault.
      if (request.destroyed || response.destroyed) return;
      console.error('statescope emulator: request failed', error);
      const message = error instanceof Error ? error.message : String(error);
      sendError(response, new ApiError('InternalFailure', `The emulator failed to handle the request: ${message}`, 500));
    });
  };
}
