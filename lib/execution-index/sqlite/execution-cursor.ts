import { ExecutionQueryError } from '../execution-query-error';

/** Where a page ended, in the search order (newest start first, then ARN, then source). */
export interface ExecutionCursor {
  startedAtMs: number;
  executionArn: string;
  source: string;
}

/** An opaque token for the page after `last`: base64url of its sort key. */
export function encodeExecutionCursor(last: ExecutionCursor): string {
  return Buffer.from(JSON.stringify([last.startedAtMs, last.executionArn, last.source])).toString('base64url');
}

/** The sort key a cursor carries; an ExecutionQueryError for anything this index did not give out. */
export function decodeExecutionCursor(cursor: string): ExecutionCursor {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    key = undefined;
  }
  if (
    !Array.isArray(key) ||
    key.length !== 3 ||
    !Number.isSafeInteger(key[0]) ||
    typeof key[1] !== 'string' ||
    typeof key[2] !== 'string'
  ) {
    throw new ExecutionQueryError(
      'The page cursor is not one this index gave out (copied in part, or from another version?): start again from the first page.',
    );
  }
  return { startedAtMs: key[0] as number, executionArn: key[1], source: key[2] };
}
