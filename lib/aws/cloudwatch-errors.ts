import type { MetricsFailure } from '../metrics/metric-data';
import { toDataSourceError } from './errors';

const DENIED = new Set(['AccessDenied', 'AccessDeniedException', 'UnauthorizedOperation', 'NotAuthorized']);
const THROTTLED = new Set([
  'Throttling',
  'ThrottlingException',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'LimitExceeded',
  'LimitExceededException',
]);
const INVALID = new Set([
  'InvalidParameterValue',
  'InvalidParameterValueException',
  'InvalidParameterCombination',
  'InvalidParameterCombinationException',
  'MissingParameter',
  'MissingRequiredParameterException',
  'InvalidNextToken',
  'ValidationException',
]);
// What an endpoint without CloudWatch answers (Step Functions Local, an older emulator, a proxy).
const UNSUPPORTED = new Set(['UnknownOperationException', 'UnknownOperation', 'InvalidAction', 'NotImplemented', 'UnsupportedOperation']);

function read(error: unknown, key: string): string {
  if (typeof error !== 'object' || error === null) return '';
  const value: unknown = (error as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : '';
}

function httpStatus(error: unknown): number | undefined {
  const status = (error as { $metadata?: { httpStatusCode?: unknown } } | null)?.$metadata?.httpStatusCode;
  return typeof status === 'number' ? status : undefined;
}

const PERMISSION_HINT =
  'Allow cloudwatch:GetMetricData to these credentials for counts at any volume; until then counts come from a capped sample.';

/**
 * Classifies a failed GetMetricData call, so the counts fall back with the reason said. Never throws:
 * an error nobody expected still becomes a reason (with its name), not a raw SDK error on a page.
 */
export function toMetricsFailure(error: unknown, endpoint?: string): MetricsFailure {
  const name = read(error, 'name') || 'Error';
  const detail = read(error, 'message').slice(0, 300);
  const where = endpoint ? `CloudWatch at ${endpoint}` : 'CloudWatch';
  if (DENIED.has(name)) {
    return {
      reason: 'denied',
      problem: { kind: 'access-denied', message: `${where} denied GetMetricData: ${detail || name}`, hint: PERMISSION_HINT },
    };
  }
  if (THROTTLED.has(name)) {
    return {
      reason: 'throttled',
      problem: {
        kind: 'throttled',
        message: `${where} throttled GetMetricData, even after retrying with back-off.`,
        hint: 'Wait a few seconds and reload.',
      },
    };
  }
  if (INVALID.has(name)) {
    return {
      reason: 'invalid',
      problem: {
        kind: 'invalid-input',
        message: `${where} refused the metric query (${name}): ${detail}`,
        hint: 'Choose another window; this is a Statescope bug if it persists.',
      },
    };
  }
  if (UNSUPPORTED.has(name) || httpStatus(error) === 404) {
    return {
      reason: 'unsupported',
      problem: {
        kind: 'unreachable',
        message: `${endpoint ?? 'The endpoint'} does not serve CloudWatch metrics (${name}).`,
        hint: 'Step Functions Local and some emulators have no CloudWatch; point AWS_ENDPOINT_URL_CLOUDWATCH at one that does, or use AWS.',
      },
    };
  }
  const mapped = toDataSourceError(error, { operation: 'GetMetricData', ...(endpoint ? { endpoint } : {}) });
  if (mapped?.kind === 'no-credentials')
    return {
      reason: 'no-credentials',
      problem: { ...mapped.toProblem(), message: `No usable AWS credentials were found to call ${where}.` },
    };
  if (mapped?.kind === 'access-denied') {
    return {
      reason: 'denied',
      problem: { kind: 'access-denied', message: `${where} denied GetMetricData: ${detail || name}`, hint: PERMISSION_HINT },
    };
  }
  // A network failure or timeout: toDataSourceError found its code ("Could not reach … (ECONNREFUSED).").
  const networkCode = mapped?.message.startsWith('Could not reach') ? /\(([^()]+)\)\.$/.exec(mapped.message)?.[1] : undefined;
  const cause = networkCode ? `(${networkCode}).` : `(${name}${detail ? `: ${detail}` : ''})`;
  return {
    reason: 'unreachable',
    problem: {
      kind: 'unreachable',
      message: `Could not read ${where} ${cause}`,
      hint: 'Check that the endpoint is running and serves CloudWatch.',
    },
  };
}
