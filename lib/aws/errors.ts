import type { DataSourceErrorKind, DataSourceProblem } from '../domain';

/**
 * An expected failure of the data source (AWS, Step Functions Local, LocalStack, the emulator).
 * Pages render it in place as a value: Next.js hides the message of anything thrown on the server.
 */
export class DataSourceError extends Error {
  readonly kind: DataSourceErrorKind;
  /** What the user can do about it, in one sentence. */
  readonly hint: string;

  constructor(kind: DataSourceErrorKind, message: string, hint: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DataSourceError';
    this.kind = kind;
    this.hint = hint;
  }

  /** Plain data for components, which must not depend on this class. */
  toProblem(): DataSourceProblem {
    return { kind: this.kind, message: this.message, hint: this.hint };
  }
}

export function isDataSourceError(error: unknown): error is DataSourceError {
  return error instanceof DataSourceError;
}

/** What the mapper needs to write a message the user can act on. */
export interface ErrorContext {
  /** The AWS service called; Step Functions unless said otherwise. */
  service?: 'Step Functions' | 'CloudWatch Logs';
  /** The API operation, e.g. `DescribeExecution`. */
  operation?: string;
  /** The ARN or other identifier the call was about. */
  resource?: string;
  endpoint?: string;
  region?: string;
}

const NO_CREDENTIALS = new Set(['CredentialsProviderError', 'TokenProviderError', 'ExpiredToken', 'ExpiredTokenException']);
const ACCESS_DENIED = new Set([
  'AccessDeniedException',
  'AccessDenied',
  'UnrecognizedClientException',
  'InvalidSignatureException',
  'InvalidClientTokenId',
  'SignatureDoesNotMatch',
  'KmsAccessDeniedException',
]);
const NOT_FOUND = new Set([
  'ExecutionDoesNotExist',
  'StateMachineDoesNotExist',
  'ResourceNotFound',
  'ActivityDoesNotExist',
  'InvalidArn',
  // CloudWatch Logs: a log group or stream that does not exist (or was deleted).
  'ResourceNotFoundException',
]);
const THROTTLED = new Set([
  'ThrottlingException',
  'Throttling',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'KmsThrottlingException',
]);
const INVALID_INPUT = new Set(['InvalidToken', 'ValidationException', 'StateMachineTypeNotSupported', 'InvalidParameterException']);
const INVALID_INPUT_HINTS: Record<string, string> = {
  InvalidToken: 'The page token has expired (they last 24 hours) or was changed; start again from the first page.',
  // ListExecutions and GetExecutionHistory reject Express machines
  // (docs/aws-behaviour.md#express-workflows-and-the-history-api).
  StateMachineTypeNotSupported: 'Express executions are not listed by the Step Functions API; their history is in CloudWatch Logs.',
};
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ETIMEDOUT',
  'EPIPE',
]);
const TIMEOUT_NAMES = new Set(['TimeoutError', 'RequestTimeout', 'RequestTimeoutException']);

function readString(value: unknown, key: string): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const field: unknown = (value as Record<string, unknown>)[key];
  return typeof field === 'string' ? field : undefined;
}

/** Node puts `code` on the error itself, on an AggregateError's members, or on `cause`. */
function findNetworkCode(error: unknown, depth = 0): string | undefined {
  if (depth > 3 || typeof error !== 'object' || error === null) return undefined;
  const code = readString(error, 'code');
  if (code && NETWORK_CODES.has(code)) return code;
  const nested = (error as { errors?: unknown }).errors;
  if (Array.isArray(nested)) {
    for (const inner of nested) {
      const found = findNetworkCode(inner, depth + 1);
      if (found) return found;
    }
  }
  return findNetworkCode((error as { cause?: unknown }).cause, depth + 1);
}

function isServerFault(error: unknown): boolean {
  if (readString(error, '$fault') === 'server') return true;
  const metadata = (error as { $metadata?: { httpStatusCode?: unknown } }).$metadata;
  return typeof metadata?.httpStatusCode === 'number' && metadata.httpStatusCode >= 500;
}

/**
 * AWS's signature errors quote the canonical request they expected, which holds the session token
 * (x-amz-security-token): nothing from there on is kept, and any token value left is masked.
 */
function withoutSigningDetails(message: string): string {
  const quoted = message.search(/\s*The (Canonical String|String-to-Sign)/i);
  return (quoted >= 0 ? message.slice(0, quoted) : message).replace(/(x-amz-security-token\s*[:=]\s*)[^\s&'"]+/gi, '$1[redacted]');
}

function describeTarget(context: ErrorContext): string {
  const service = context.service ?? 'Step Functions';
  return context.endpoint ? `${service} at ${context.endpoint}` : service;
}

const PERMISSIONS_HINT = {
  'Step Functions':
    'Check that the credentials are valid and allowed states:List*, states:Describe* and states:GetExecutionHistory on these resources.',
  'CloudWatch Logs':
    'Check that the credentials are valid and allowed logs:DescribeLogGroups and logs:FilterLogEvents on the state machine’s log group.',
} as const;

const NOT_FOUND_HINT = {
  'Step Functions': 'Check the ARN, the region and the account; Standard executions are kept for 90 days after they close.',
  'CloudWatch Logs': 'Check that the state machine’s logging configuration names a log group that exists in this region and account.',
} as const;

/**
 * Maps an error thrown by the AWS SDK to a DataSourceError by its `name` (or network `code`).
 * Returns undefined for anything else: that is a bug and should reach `error.tsx`.
 * Throttling arrives here only after the SDK's standard retries (with back-off) ran out.
 */
export function toDataSourceError(error: unknown, context: ErrorContext = {}): DataSourceError | undefined {
  if (error instanceof DataSourceError) return error;
  if (typeof error !== 'object' || error === null) return undefined;

  const name = readString(error, 'name') ?? '';
  const detail = withoutSigningDetails(readString(error, 'message') ?? '');
  const target = describeTarget(context);
  const region = context.region ? ` in ${context.region}` : '';
  const options = { cause: error };

  if (NO_CREDENTIALS.has(name)) {
    return new DataSourceError(
      'no-credentials',
      `No usable AWS credentials were found to call ${target}.`,
      'Set AWS_PROFILE (and run `aws sso login` if it uses SSO) or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY; for a local emulator any dummy pair works.',
      options,
    );
  }
  if (ACCESS_DENIED.has(name)) {
    return new DataSourceError(
      'access-denied',
      `${target} refused the request${context.operation ? ` (${context.operation})` : ''}: ${detail || name}`,
      PERMISSIONS_HINT[context.service ?? 'Step Functions'],
      options,
    );
  }
  if (NOT_FOUND.has(name)) {
    const what = context.resource ? `${context.resource} was not found` : 'The requested resource was not found';
    return new DataSourceError('not-found', `${what}${region}.`, NOT_FOUND_HINT[context.service ?? 'Step Functions'], options);
  }
  if (THROTTLED.has(name)) {
    return new DataSourceError(
      'throttled',
      `${target} is throttling requests${region}, even after retrying with back-off.`,
      'Wait a few seconds and reload; other tools using the same account share its API quota.',
      options,
    );
  }
  if (INVALID_INPUT.has(name)) {
    return new DataSourceError(
      'invalid-input',
      `${target} rejected the request: ${detail || name}`,
      INVALID_INPUT_HINTS[name] ?? 'Check the ARN and the filters in the address.',
      options,
    );
  }
  const networkCode = findNetworkCode(error);
  if (networkCode || TIMEOUT_NAMES.has(name)) {
    return new DataSourceError(
      'unreachable',
      `Could not reach ${target} (${networkCode ?? name}).`,
      'Check that the endpoint is running and reachable, or unset AWS_ENDPOINT_URL to use AWS itself.',
      options,
    );
  }
  if (isServerFault(error)) {
    return new DataSourceError(
      'unreachable',
      `${target} answered with a server error: ${detail || name}`,
      'Try again in a moment; if it persists, check the service health or the emulator logs.',
      options,
    );
  }
  return undefined;
}
