import type { ExecutionLogWriter } from './execution-log-writer';
import { toLambdaLogMessages, type LambdaInvocationLog } from './to-lambda-log-messages';

/** Where the handler invoker sends each finished invocation's log. */
export interface LambdaLogSink {
  write(log: LambdaInvocationLog): void;
}

/**
 * Writes handler invocations to `/aws/lambda/NAME` in the emulator's CloudWatch Logs, creating the
 * group and stream on first use, as Lambda does. Delivered through the execution log writer, so they
 * share its cached destinations and its one transaction per event-loop turn.
 */
export class LambdaLogWriter implements LambdaLogSink {
  constructor(private readonly delivery: ExecutionLogWriter) {}

  write(log: LambdaInvocationLog): void {
    this.delivery.deliver(log.region, `/aws/lambda/${log.functionName}`, log.logStreamName, toLambdaLogMessages(log));
  }
}
