import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The error payload a Lambda function returns when its handler throws, in the key order AWS writes. */
export interface LambdaErrorPayload {
  errorMessage: string;
  errorType: string;
  requestId: string;
  stackTrace: string[];
}

// The invoker's own frames sit under every handler frame; they are the runtime, not the user's code.
const OWN_DIR = `${path.dirname(fileURLToPath(import.meta.url))}${path.sep}`;

/**
 * Names a thrown value the way Lambda reports `errorType`: an explicit `name`, else the class name
 * (`class PaymentDeclinedError extends Error {}` keeps `name === 'Error'` but is reported by its class).
 */
export function toLambdaErrorType(thrown: unknown): string {
  if (thrown instanceof Error) {
    if (thrown.name && thrown.name !== 'Error') return thrown.name;
    const className = thrown.constructor?.name;
    return className && className !== 'Object' ? className : 'Error';
  }
  if (thrown !== null && typeof thrown === 'object') {
    const name = (thrown as { name?: unknown }).name;
    if (typeof name === 'string' && name) return name;
  }
  return typeof thrown === 'string' ? 'string' : 'Error';
}

function toErrorMessage(thrown: unknown): string {
  if (thrown instanceof Error) return thrown.message;
  if (thrown !== null && typeof thrown === 'object') {
    const message = (thrown as { message?: unknown }).message;
    if (typeof message === 'string') return message;
  }
  return String(thrown);
}

/** Stack frames of the handler only: the runtime's own frames (ours, Node internals) are noise to a user. */
function toStackTrace(thrown: unknown): string[] {
  if (!(thrown instanceof Error) || typeof thrown.stack !== 'string') return [];
  return (
    thrown.stack
      .split('\n')
      .filter((line) => /^\s+at /.test(line))
      .filter((line) => !line.includes('node:internal') && !line.includes(OWN_DIR))
      // Project-relative paths, as Lambda shows /var/task/...: shorter, and no home directory in histories.
      .map((line) => line.trim().replaceAll('file://', '').replaceAll(`${process.cwd()}${path.sep}`, ''))
  );
}

export function toLambdaErrorPayload(thrown: unknown, requestId: string): LambdaErrorPayload {
  return {
    errorMessage: toErrorMessage(thrown),
    errorType: toLambdaErrorType(thrown),
    requestId,
    stackTrace: toStackTrace(thrown),
  };
}

/**
 * Serialises the payload as the cause string Step Functions records. A direct Lambda ARN passes the
 * function's own bytes through (recordings show Python's `json.dumps` spacing, `{"a": 1, "b": 2}`);
 * `arn:aws:states:::lambda:invoke` re-serialises them compactly. Recorded on real AWS:
 * error_handling__task_lambda__raise_custom_exception vs error_handling__task_service_lambda__raise_custom_exception.
 */
export function formatLambdaErrorCause(payload: LambdaErrorPayload, style: 'spaced' | 'compact'): string {
  if (style === 'compact') return JSON.stringify(payload);
  return formatSpacedJson(payload);
}

function formatSpacedJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(formatSpacedJson).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const members = Object.entries(value).map(([key, member]) => `${JSON.stringify(key)}: ${formatSpacedJson(member)}`);
    return `{${members.join(', ')}}`;
  }
  // Python's json.dumps also escapes every non-ASCII character (ensure_ascii), one UTF-16 unit at a time.
  return (JSON.stringify(value) ?? 'null').replace(/[\u0080-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
