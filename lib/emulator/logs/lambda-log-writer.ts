import type { LogsStore } from './logs-store';
import { toLambdaLogMessages, type LambdaInvocationLog } from './to-lambda-log-messages';

/** Where the handler invoker sends each finished invocation's log. */
export interface LambdaLogSink {
  write(log: LambdaInvocationLog): void;
}

/**
 * Writes handler invocations to `/aws/lambda/NAME` in the emulator's CloudWatch Logs, creating the
 * group and stream on first use, as Lambda does. One transaction per invocation.
 */
export class LambdaLogWriter implements LambdaLogSink {
  constructor(
    private readonly store: LogsStore,
    private readonly nowMs: () => number = Date.now,
  ) {}

  write(log: LambdaInvocationLog): void {
    const now = this.nowMs();
    const group = this.store.ensureLogGroup(log.region, `/aws/lambda/${log.functionName}`, now);
    const stream = this.store.ensureLogStream(group, log.logStreamName, now);
    this.store.putLogEvents(group, stream, toLambdaLogMessages(log), now);
  }
}
