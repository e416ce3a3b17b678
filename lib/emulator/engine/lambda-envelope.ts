import { randomUUID } from 'node:crypto';
import type { JsonObject, JsonValue } from '../asl/json-value';

/** Base64 of the log tail AWS returns with `LogType: Tail` (the emulator has no real logs). */
function logTail(requestId: string): string {
  const text = `START RequestId: ${requestId} Version: $LATEST\nEND RequestId: ${requestId}\nREPORT RequestId: ${requestId}\n`;
  return Buffer.from(text, 'utf8').toString('base64');
}

/**
 * The response `arn:aws:states:::lambda:invoke` returns, in the shape and key order AWS records
 * (with LogResult and its header when the parameters ask for `LogType: Tail`).
 */
export function lambdaInvokeEnvelope(payload: JsonValue, payloadText: string, withLogTail = false, requestId = randomUUID()): JsonObject {
  const date = new Date().toUTCString();
  const length = String(Buffer.byteLength(payloadText, 'utf8'));
  const traceId = `Root=1-${Math.floor(Date.now() / 1000).toString(16)}-${randomUUID().replace(/-/g, '').slice(0, 24)};Sampled=0`;
  const log = withLogTail ? logTail(requestId) : undefined;
  return {
    ExecutedVersion: '$LATEST',
    ...(log ? { LogResult: log } : {}),
    Payload: payload,
    SdkHttpMetadata: {
      AllHttpHeaders: {
        ...(log ? { 'X-Amz-Log-Result': [log] } : {}),
        'X-Amz-Executed-Version': ['$LATEST'],
        'x-amzn-Remapped-Content-Length': ['0'],
        Connection: ['keep-alive'],
        'x-amzn-RequestId': [requestId],
        'Content-Length': [length],
        Date: [date],
        'X-Amzn-Trace-Id': [traceId],
        'Content-Type': ['application/json'],
      },
      HttpHeaders: {
        Connection: 'keep-alive',
        'Content-Length': length,
        'Content-Type': 'application/json',
        Date: date,
        'X-Amz-Executed-Version': '$LATEST',
        ...(log ? { 'X-Amz-Log-Result': log } : {}),
        'x-amzn-Remapped-Content-Length': '0',
        'x-amzn-RequestId': requestId,
        'X-Amzn-Trace-Id': traceId,
      },
      HttpStatusCode: 200,
    },
    SdkResponseMetadata: { RequestId: requestId },
    StatusCode: 200,
  };
}

/** AWS re-serialises a Lambda error cause compactly for lambda:invoke; other text stays as is. */
export function compactCause(cause: string): string {
  if (!cause.startsWith('{')) return cause;
  try {
    return JSON.stringify(JSON.parse(cause));
  } catch {
    return cause;
  }
}
