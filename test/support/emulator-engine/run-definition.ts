import type { ExecutionRedrive } from '@/lib/emulator/engine/redrive/redrive-plan';
import type { MapRunHost } from '@/lib/emulator/engine/map-run-host';
import { runExecution } from '@/lib/emulator/engine/run-execution';
import type { EmulatorHistoryEvent, ExecutionOutcome, TaskInvocation, TaskInvoker } from '@/lib/emulator/engine/types';

export interface RunResult {
  outcome: ExecutionOutcome;
  events: EmulatorHistoryEvent[];
  /** `type` of every event, in order. */
  types: string[];
  invocations: TaskInvocation[];
}

export interface RunOptions {
  input?: unknown;
  invoke?: (invocation: TaskInvocation) => Promise<unknown>;
  timeScale?: number;
  signal?: AbortSignal;
  onEvent?: (event: EmulatorHistoryEvent) => void;
  mapRuns?: MapRunHost;
  redrive?: ExecutionRedrive;
}

export const EXECUTION_ARN = 'arn:aws:states:us-east-1:123456789012:execution:TestMachine:test-execution';

/** Runs a definition (object or JSON text) in the engine with an inline TaskInvoker. */
export async function runDefinition(definition: unknown, options: RunOptions = {}): Promise<RunResult> {
  const events: EmulatorHistoryEvent[] = [];
  const invocations: TaskInvocation[] = [];
  const invoker: TaskInvoker = {
    invoke: async (invocation) => {
      invocations.push(invocation);
      if (!options.invoke) throw new Error('no invoker in this test');
      return options.invoke(invocation);
    },
  };
  const outcome = await runExecution({
    definition: typeof definition === 'string' ? definition : JSON.stringify(definition),
    input: JSON.stringify(options.input ?? {}),
    executionArn: EXECUTION_ARN,
    stateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:TestMachine',
    stateMachineName: 'TestMachine',
    executionName: 'test-execution',
    roleArn: 'arn:aws:iam::123456789012:role/TestRole',
    region: 'us-east-1',
    accountId: '123456789012',
    startDate: new Date('2024-03-10T16:23:46.123Z'),
    invoker,
    timeScale: options.timeScale ?? 0,
    signal: options.signal ?? new AbortController().signal,
    onEvent: (event) => {
      events.push(event);
      options.onEvent?.(event);
    },
    mapRuns: options.mapRuns,
    ...(options.redrive ? { redrive: options.redrive } : {}),
  });
  return { outcome, events, types: events.map((e) => e.type), invocations };
}

/** The single details member of an event; fails the test when there is no event. */
export function detailsOf(event: EmulatorHistoryEvent | undefined): Record<string, unknown> {
  if (event === undefined) throw new Error('detailsOf: no such event');
  const key = Object.keys(event).find((k) => k.endsWith('EventDetails'));
  return key ? ((event as unknown as Record<string, Record<string, unknown>>)[key] ?? {}) : {};
}

/** [id, previousEventId, type] triples, for asserting the event chain. */
export function chainOf(events: EmulatorHistoryEvent[]): [number, number, string][] {
  return events.map((e) => [e.id, e.previousEventId, e.type]);
}
