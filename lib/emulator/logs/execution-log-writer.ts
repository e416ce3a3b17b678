import { randomBytes } from 'node:crypto';
import { isLoggedAtLevel, isLogLevel, type LogLevel } from '../../history/log-levels';
import type { ExecutionRecord, StateMachineRevision, StoredEvent } from '../store/store-types';
import type { LogsStore, NewLogEvent } from './logs-store';
import { toLogRecordMessage } from './to-log-record-message';

interface LoggingTarget {
  level: LogLevel;
  includeExecutionData: boolean;
  region: string;
  logGroupName: string;
}

const LOG_GROUP_ARN = /^arn:[\w-]+:logs:([^:]+):\d{12}:log-group:(.+):\*$/;

/** The state machine's logging configuration, or undefined when it writes nothing (OFF, no destination). */
export function toLoggingTarget(loggingConfiguration: string): LoggingTarget | undefined {
  const config = JSON.parse(loggingConfiguration) as {
    level?: unknown;
    includeExecutionData?: unknown;
    destinations?: Array<{ cloudWatchLogsLogGroup?: { logGroupArn?: unknown } }>;
  };
  const level = isLogLevel(config.level) ? config.level : 'OFF';
  const arn = config.destinations?.[0]?.cloudWatchLogsLogGroup?.logGroupArn;
  // Both groups are required by the pattern: set on a match, absent without one (no destination, another ARN).
  const [, region, logGroupName] = (typeof arn === 'string' ? LOG_GROUP_ARN.exec(arn) : null) ?? [];
  if (level === 'OFF' || region === undefined || logGroupName === undefined) return undefined;
  return { level, includeExecutionData: config.includeExecutionData === true, region, logGroupName };
}

/**
 * `states/{state machine}/{YYYY-MM-DD-HH-MM}/{8 hex}`, the form AWS uses
 * (docs/aws-behaviour.md#logging-configuration-and-log-levels).
 */
function toStreamName(stateMachineName: string, startDateMs: number, suffix: string): string {
  const minute = new Date(startDateMs).toISOString().slice(0, 16).replace('T', '-').replace(':', '-');
  return `states/${stateMachineName}/${minute}/${suffix}`;
}

/**
 * Delivers execution events to CloudWatch Logs as Step Functions does, for any state machine whose
 * logging configuration asks for it: filtered by level, with or without execution data. Several
 * executions share a stream. Writes are batched per event-loop turn, like the history store's.
 */
export class ExecutionLogWriter {
  private readonly targets = new Map<string, LoggingTarget | undefined>();
  private readonly destinations = new Map<string, readonly [groupId: number, streamId: number]>();
  private readonly pending: Array<readonly [number, number, NewLogEvent]> = [];
  private flushScheduled = false;
  /** One suffix per emulator process, so executions started in the same minute share a stream. */
  private readonly streamSuffix = randomBytes(4).toString('hex');

  constructor(
    private readonly store: LogsStore,
    private readonly nowMs: () => number = Date.now,
    /** When this turn's batch is written; the emulator has it written in the turn's one store commit. */
    private readonly scheduleFlush: (flush: () => void) => void = (flush) => setImmediate(flush),
  ) {}

  /** Called for every history event the runner stores. */
  write(execution: ExecutionRecord, revision: StateMachineRevision, event: StoredEvent): void {
    let target = this.targets.get(revision.loggingConfiguration);
    if (!this.targets.has(revision.loggingConfiguration)) {
      target = toLoggingTarget(revision.loggingConfiguration);
      this.targets.set(revision.loggingConfiguration, target);
    }
    if (!target || !isLoggedAtLevel(event.type, target.level)) return;
    const streamName = toStreamName(execution.stateMachineName, execution.startDateMs, this.streamSuffix);
    const message = toLogRecordMessage(event, execution.arn, target.includeExecutionData, execution.redriveCount);
    this.deliver(target.region, target.logGroupName, streamName, [{ timestampMs: event.timestampMs, message }]);
  }

  /**
   * Queues events for a stream, creating its group and stream on first use (delivery to a group that
   * exists on AWS); they are written with this turn's batch. The Lambda log writer delivers here too.
   */
  deliver(region: string, logGroupName: string, streamName: string, events: readonly NewLogEvent[]): void {
    const [groupId, streamId] = this.destinationOf(region, logGroupName, streamName);
    for (const event of events) this.pending.push([groupId, streamId, event]);
    if (!this.flushScheduled) {
      this.flushScheduled = true;
      this.scheduleFlush(() => this.flush());
    }
  }

  flush(): void {
    this.flushScheduled = false;
    if (this.pending.length === 0) return;
    this.store.putLogEventBatch(this.pending, this.nowMs());
    this.pending.length = 0;
  }

  /** Forgets cached group and stream ids (after DeleteLogGroup). */
  forgetDestinations(): void {
    this.flush();
    this.destinations.clear();
  }

  // Cached: looking a group up sums its stored bytes over all its events, a cost that grows with the log.
  private destinationOf(region: string, logGroupName: string, streamName: string): readonly [number, number] {
    const key = `${region}\u0000${logGroupName}\u0000${streamName}`;
    let destination = this.destinations.get(key);
    if (!destination) {
      const now = this.nowMs();
      const group = this.store.ensureLogGroup(region, logGroupName, now);
      const stream = this.store.ensureLogStream(group, streamName, now);
      destination = [group.id, stream.id];
      this.destinations.set(key, destination);
    }
    return destination;
  }
}
