import type { LambdaLogQuery } from './lambda-log-types';

/** What a Task visit tells about the Lambda it called (all strings as the history holds them). */
export interface LambdaTaskFacts {
  resource?: string;
  resourceType?: string;
  /** The Task's parameters as JSON text (`FunctionName` for `lambda:invoke`). */
  parameters?: string;
  /** The failure cause (Lambda's error payload as JSON text) of the attempt to look at. */
  cause?: string | null;
  /** The task's result as JSON text (the `lambda:invoke` envelope when it was kept whole). */
  output?: string;
  startMs: number | null;
  endMs: number | null;
}

// Lambda request ids are UUIDs; anything else is not used in a filter pattern.
const REQUEST_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FUNCTION_ARN = /^arn:[\w-]+:lambda:([a-z0-9-]+):\d{12}:function:([^:]+)/;
const FUNCTION_NAME = /^[A-Za-z0-9_-]{1,140}$/;
// Log lines land a little before and after the events Step Functions records.
const WINDOW_PADDING_MS = 5_000;
// A visit still running (or without times) is searched for a Lambda's longest run, 15 minutes.
const OPEN_WINDOW_MS = 15 * 60_000;

function parseJsonObject(text: string | null | undefined): Record<string, unknown> | undefined {
  if (!text) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** A name, `name:alias`, `ACCOUNT:function:name` or a full ARN (docs/aws-behaviour.md#lambda-function-logs). */
export function toFunctionName(functionName: string): { name: string; region?: string } | undefined {
  const arn = FUNCTION_ARN.exec(functionName);
  const partial = /^\d{12}:function:([^:]+)/.exec(functionName);
  const name = arn?.[2] ?? partial?.[1] ?? functionName.split(':')[0] ?? '';
  if (!FUNCTION_NAME.test(name)) return undefined;
  return arn?.[1] ? { name, region: arn[1] } : { name };
}

/**
 * The request id AWS records for a Lambda invocation: `requestId` in the error payload of a failure,
 * `SdkResponseMetadata.RequestId` in the full `lambda:invoke` response of a success.
 */
export function findLambdaRequestId(cause: string | null | undefined, output?: string): string | undefined {
  const fromCause = parseJsonObject(cause)?.requestId;
  if (typeof fromCause === 'string' && REQUEST_ID.test(fromCause)) return fromCause;
  const metadata = parseJsonObject(output)?.SdkResponseMetadata;
  const fromOutput = metadata !== null && typeof metadata === 'object' ? (metadata as { RequestId?: unknown }).RequestId : undefined;
  return typeof fromOutput === 'string' && REQUEST_ID.test(fromOutput) ? fromOutput : undefined;
}

/** The log query for a Lambda Task visit, or undefined when the visit did not call a Lambda function. */
export function findLambdaInvocation(task: LambdaTaskFacts): LambdaLogQuery | undefined {
  let functionName: string | undefined;
  if (task.resource && FUNCTION_ARN.test(task.resource)) functionName = task.resource;
  else if (task.resourceType === 'lambda') {
    const named = parseJsonObject(task.parameters)?.FunctionName;
    if (typeof named === 'string') functionName = named;
  }
  const fn = functionName === undefined ? undefined : toFunctionName(functionName);
  if (!fn || task.startMs === null) return undefined;
  const requestId = findLambdaRequestId(task.cause, task.output);
  return {
    functionName: fn.name,
    logGroupName: `/aws/lambda/${fn.name}`,
    ...(fn.region && { region: fn.region }),
    ...(requestId && { requestId }),
    startMs: task.startMs - WINDOW_PADDING_MS,
    endMs: (task.endMs ?? task.startMs + OPEN_WINDOW_MS) + WINDOW_PADDING_MS,
  };
}
