import type { JsonObject, JsonValue } from '@/lib/emulator/asl/json-value';
import { HistoryWriter } from '@/lib/emulator/engine/history-writer';
import type { BranchContext, QueryLanguage, StateFrame } from '@/lib/emulator/engine/runtime';
import type { EmulatorHistoryEvent, TaskInvocation } from '@/lib/emulator/engine/types';
import { EXECUTION_ARN } from './run-definition';

export interface FrameOptions {
  name?: string;
  /** The state's definition; `type` defaults to its Type (or Pass). */
  state?: JsonObject;
  type?: string;
  queryLanguage?: QueryLanguage;
  enteredEventId?: number;
  enteredPreviousEventId?: number;
  enteredTime?: string;
  retryCount?: number;
  variables?: Record<string, JsonValue>;
  mapItem?: { Index: number; Value: JsonValue };
  isChild?: boolean;
  /** $$.Execution.Input */
  executionInput?: JsonValue;
  /** The TaskInvoker; the default fails the test's task. */
  invoke?: (invocation: TaskInvocation) => Promise<unknown>;
  /** Multiplies TaskInvoker timeouts (default 1). */
  timeScale?: number;
  /** id of the event the branch's next event points to (default 0). */
  threadLast?: number;
}

export interface FrameHarness {
  frame: StateFrame;
  branch: BranchContext;
  /** Every event written through the runtime's HistoryWriter. */
  events: EmulatorHistoryEvent[];
  invocations: TaskInvocation[];
  /** Aborts runtime.halt (the execution ended). */
  halt: AbortController;
  /** Aborts branch.abort (the parent gave up on this branch). */
  abort: AbortController;
}

export const FRAME_START_DATE = new Date('2024-03-10T16:23:46.123Z');
export const FRAME_ENTERED_TIME = '2024-03-10T16:23:47.000Z';
/** The cause prefix AWS puts on runtime errors of the default frame (state 'S', entered at event #2). */
export const FRAME_STATE_PREFIX = "An error occurred while executing the state 'S' (entered at the event id #2). ";

/**
 * A StateFrame for calling engine modules directly, on a real HistoryWriter (events collected in order)
 * and the same execution identity as runDefinition.
 */
export function makeFrame(options: FrameOptions = {}): FrameHarness {
  const events: EmulatorHistoryEvent[] = [];
  const invocations: TaskInvocation[] = [];
  const halt = new AbortController();
  const abort = new AbortController();
  const state = options.state ?? { Type: options.type ?? 'Pass' };
  const branch: BranchContext = {
    runtime: {
      options: {
        definition: '{}',
        input: JSON.stringify(options.executionInput ?? {}),
        executionArn: EXECUTION_ARN,
        stateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:TestMachine',
        stateMachineName: 'TestMachine',
        executionName: 'test-execution',
        roleArn: 'arn:aws:iam::123456789012:role/TestRole',
        region: 'us-east-1',
        accountId: '123456789012',
        startDate: FRAME_START_DATE,
        invoker: {
          invoke: async (invocation) => {
            invocations.push(invocation);
            if (!options.invoke) throw new Error('no invoker in this test');
            return options.invoke(invocation);
          },
        },
        timeScale: options.timeScale ?? 1,
        signal: new AbortController().signal,
        onEvent: () => undefined,
      },
      writer: new HistoryWriter(
        (event) => events.push(event),
        () => halt.abort(),
      ),
      executionInput: options.executionInput ?? {},
      queryLanguage: options.queryLanguage ?? 'JSONPath',
      halt: halt.signal,
    },
    thread: { last: options.threadLast ?? 0 },
    variables: options.variables ?? {},
    ...(options.mapItem ? { mapItem: options.mapItem } : {}),
    isChild: options.isChild ?? false,
    abort: abort.signal,
  };
  const frame: StateFrame = {
    name: options.name ?? 'S',
    state,
    type: options.type ?? (typeof state.Type === 'string' ? state.Type : 'Pass'),
    queryLanguage: options.queryLanguage ?? 'JSONPath',
    enteredEventId: options.enteredEventId ?? 2,
    enteredPreviousEventId: options.enteredPreviousEventId ?? 0,
    enteredTime: options.enteredTime ?? FRAME_ENTERED_TIME,
    retryCount: options.retryCount ?? 0,
    branch,
  };
  return { frame, branch, events, invocations, halt, abort };
}

/** [type, previousEventId, details] of each event, for asserting what a module wrote. */
export function writtenEvents(events: EmulatorHistoryEvent[]): Array<[string, number, Record<string, unknown> | undefined]> {
  return events.map((event) => {
    const key = Object.keys(event).find((k) => k.endsWith('EventDetails'));
    const details = key ? (event as unknown as Record<string, Record<string, unknown>>)[key] : undefined;
    return [event.type, event.previousEventId, details];
  });
}

/** What a promise rejected with; fails the test when it resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    (value) => {
      throw new Error(`expected a rejection, got ${JSON.stringify(value)}`);
    },
    (error: unknown) => error,
  );
}

/** What a function threw; fails the test when it returns. */
export function thrownBy(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}
