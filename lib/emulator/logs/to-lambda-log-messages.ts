import type { NewLogEvent } from './logs-store';

/** The levels Lambda's Node.js runtime writes for the console methods. */
export type ConsoleLevel = 'INFO' | 'WARN' | 'ERROR' | 'DEBUG' | 'TRACE';

/** One console call of a handler, as the invoker captured it. */
export interface CapturedConsoleLine {
  timestampMs: number;
  level: ConsoleLevel;
  text: string;
}

/** One handler invocation, as the emulator records it in `/aws/lambda/NAME`. */
export interface LambdaInvocationLog {
  region: string;
  functionName: string;
  requestId: string;
  logStreamName: string;
  startMs: number;
  endMs: number;
  memorySizeMb: number;
  maxMemoryUsedMb: number;
  lines: readonly CapturedConsoleLine[];
  /** The error the handler threw, as the Node.js runtime logs it (`Invoke Error`). */
  error?: { errorType: string; errorMessage: string; stack: string[] };
}

/**
 * The events Lambda's Node.js runtime writes for one invocation (text log format): START, each
 * console line as `<ISO time>\t<request id>\t<LEVEL>\t<text>`, the thrown error if any, END and
 * REPORT (docs/aws-behaviour.md#lambda-function-logs).
 */
export function toLambdaLogMessages(log: LambdaInvocationLog): NewLogEvent[] {
  const { requestId } = log;
  const line = (timestampMs: number, level: string, text: string): NewLogEvent => ({
    timestampMs,
    message: `${new Date(timestampMs).toISOString()}\t${requestId}\t${level}\t${text}`,
  });
  const durationMs = Math.max(0, log.endMs - log.startMs);
  const events: NewLogEvent[] = [
    { timestampMs: log.startMs, message: `START RequestId: ${requestId} Version: $LATEST` },
    ...log.lines.map((entry) => line(entry.timestampMs, entry.level, entry.text)),
  ];
  if (log.error) events.push(line(log.endMs, 'ERROR', `Invoke Error \t${JSON.stringify(log.error)}`));
  events.push(
    { timestampMs: log.endMs, message: `END RequestId: ${requestId}` },
    {
      timestampMs: log.endMs,
      message:
        `REPORT RequestId: ${requestId}\tDuration: ${durationMs.toFixed(2)} ms\tBilled Duration: ${Math.max(1, Math.ceil(durationMs))} ms\t` +
        `Memory Size: ${log.memorySizeMb} MB\tMax Memory Used: ${log.maxMemoryUsedMb} MB\t`,
    },
  );
  return events;
}
