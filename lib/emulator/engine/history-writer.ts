import type { EmulatorHistoryEvent } from './types';
import { ExecutionHalted } from './execution-errors';

/** AWS's hard quota on a Standard execution's history (docs/aws-behaviour.md#history-size-limit). */
export const HISTORY_EVENT_LIMIT = 25_000;
export const HISTORY_LIMIT_CAUSE = `The execution reached the maximum number of history events (${HISTORY_EVENT_LIMIT}).`;

const TERMINAL_TYPES = new Set(['ExecutionSucceeded', 'ExecutionFailed', 'ExecutionAborted', 'ExecutionTimedOut']);

/** `ExecutionStarted` -> `executionStartedEventDetails`. */
export function detailsKeyFor(type: string): `${string}EventDetails` {
  if (type.endsWith('StateEntered')) return 'stateEnteredEventDetails';
  if (type.endsWith('StateExited')) return 'stateExitedEventDetails';
  return `${type.charAt(0).toLowerCase()}${type.slice(1)}EventDetails`;
}

export interface TerminalEvent {
  type: string;
  error?: string;
  cause?: string;
  output?: string;
}

/**
 * Numbers events from 1 and hands them to the caller. Once a terminal event is written the history is
 * closed: any later emit throws ExecutionHalted so that concurrently running branches unwind.
 */
export class HistoryWriter {
  private nextId: number;
  private terminal: TerminalEvent | undefined;

  /** `firstId` is above 1 when a redrive continues a recorded history. */
  constructor(
    private readonly sink: (event: EmulatorHistoryEvent) => void,
    private readonly onClose: (terminal: TerminalEvent) => void,
    firstId = 1,
  ) {
    this.nextId = firstId;
  }

  get closed(): boolean {
    return this.terminal !== undefined;
  }

  get terminalEvent(): TerminalEvent | undefined {
    return this.terminal;
  }

  get lastId(): number {
    return this.nextId - 1;
  }

  /** Writes one event and returns its id. `details` undefined means the type carries no details member. */
  emit(type: string, previousEventId: number, details?: Record<string, unknown>): number {
    if (this.terminal) throw new ExecutionHalted();
    // Event #25,000 may only be ExecutionSucceeded; anything else turns into the quota failure.
    if (this.nextId === HISTORY_EVENT_LIMIT && type !== 'ExecutionSucceeded') {
      this.write('ExecutionFailed', this.nextId - 1, { error: 'States.Runtime', cause: HISTORY_LIMIT_CAUSE });
      throw new ExecutionHalted();
    }
    return this.write(type, previousEventId, details);
  }

  private write(type: string, previousEventId: number, details?: Record<string, unknown>): number {
    const id = this.nextId++;
    const event: EmulatorHistoryEvent = { id, previousEventId, type, timestamp: new Date() };
    if (details) event[detailsKeyFor(type)] = details;
    if (TERMINAL_TYPES.has(type)) {
      this.terminal = {
        type,
        error: typeof details?.error === 'string' ? details.error : undefined,
        cause: typeof details?.cause === 'string' ? details.cause : undefined,
        output: typeof details?.output === 'string' ? details.output : undefined,
      };
    }
    this.sink(event);
    if (this.terminal) this.onClose(this.terminal);
    return id;
  }
}
