import { describe, expect, it } from 'vitest';
import { toLambdaLogMessages, type LambdaInvocationLog } from '@/lib/emulator/logs/to-lambda-log-messages';

const REQUEST_ID = '0f1e2d3c-4b5a-4968-8776-655443322110';
const START_MS = Date.UTC(2026, 2, 1, 12, 0, 0, 0);

function invocation(overrides: Partial<LambdaInvocationLog> = {}): LambdaInvocationLog {
  return {
    region: 'us-east-1',
    functionName: 'VerifyPaymentFunction',
    requestId: REQUEST_ID,
    logStreamName: '2026/03/01/[$LATEST]0123456789abcdef0123456789abcdef',
    startMs: START_MS,
    endMs: START_MS + 12.5,
    memorySizeMb: 128,
    maxMemoryUsedMb: 64,
    lines: [
      { timestampMs: START_MS + 1, level: 'INFO', text: 'Verifying payment for order ORD-1' },
      { timestampMs: START_MS + 2, level: 'WARN', text: 'slow gateway\nsecond line' },
    ],
    ...overrides,
  };
}

describe('toLambdaLogMessages', () => {
  it('writes START, each console line with time, request id and level, END and REPORT, as the Node.js runtime does', () => {
    expect(toLambdaLogMessages(invocation())).toEqual([
      { timestampMs: START_MS, message: `START RequestId: ${REQUEST_ID} Version: $LATEST` },
      { timestampMs: START_MS + 1, message: `2026-03-01T12:00:00.001Z\t${REQUEST_ID}\tINFO\tVerifying payment for order ORD-1` },
      { timestampMs: START_MS + 2, message: `2026-03-01T12:00:00.002Z\t${REQUEST_ID}\tWARN\tslow gateway\nsecond line` },
      { timestampMs: START_MS + 12.5, message: `END RequestId: ${REQUEST_ID}` },
      {
        timestampMs: START_MS + 12.5,
        message: `REPORT RequestId: ${REQUEST_ID}\tDuration: 12.50 ms\tBilled Duration: 13 ms\tMemory Size: 128 MB\tMax Memory Used: 64 MB\t`,
      },
    ]);
  });

  it('logs a thrown error as an ERROR "Invoke Error" line with its JSON before END', () => {
    const error = { errorType: 'PaymentVerificationFailed', errorMessage: 'declined', stack: ['at handler (x.ts:1:1)'] };
    const messages = toLambdaLogMessages(invocation({ lines: [], error })).map((event) => event.message);
    expect(messages[1]).toBe(`2026-03-01T12:00:00.012Z\t${REQUEST_ID}\tERROR\tInvoke Error \t${JSON.stringify(error)}`);
    expect(messages[2]).toBe(`END RequestId: ${REQUEST_ID}`);
  });

  it('bills at least 1 ms for an invocation that took no measurable time', () => {
    const report = toLambdaLogMessages(invocation({ endMs: START_MS, lines: [] })).at(-1)?.message;
    expect(report).toContain('\tDuration: 0.00 ms\tBilled Duration: 1 ms\t');
  });
});
