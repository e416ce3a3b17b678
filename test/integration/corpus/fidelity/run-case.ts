import { runExecution } from '@/lib/emulator/engine/run-execution';
import { TaskFailure, type EmulatorHistoryEvent, type TaskInvoker } from '@/lib/emulator/engine/types';
import type { RecordedCase } from './corpus';
import { RUN_IDENTITY } from './normalise-history';

const noServices: TaskInvoker = {
  invoke: async () => {
    throw new TaskFailure('Emulator.NoInvoker', 'The fidelity run has no task handlers.');
  },
};

/** The generic "date" mask stood for an ISO-8601 date-time; any valid one masks back the same way. */
function unmaskInput(value: unknown): unknown {
  if (value === 'date') return '2016-03-14T01:59:00Z';
  if (Array.isArray(value)) return value.map(unmaskInput);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, unmaskInput(v)]));
  }
  return value;
}

/** The execution input as the caller sent it (objects were parsed by the recorder; re-serialise them). */
export function recordedInput(recorded: RecordedCase): { input: string; roleArn: string } {
  const started = recorded.events.find((e) => e.type === 'ExecutionStarted');
  const details = (started?.executionStartedEventDetails ?? {}) as { input?: unknown; roleArn?: string };
  const raw = details.input;
  const input = typeof raw === 'string' ? raw : JSON.stringify(unmaskInput(raw ?? {}));
  return { input, roleArn: details.roleArn ?? 'arn:aws:iam::123456789012:role/fidelity' };
}

/** Runs a recorded case's definition in the engine; aborts like StopExecution when AWS recorded that. */
export async function runCase(recorded: RecordedCase): Promise<EmulatorHistoryEvent[]> {
  const { input, roleArn } = recordedInput(recorded);
  const { region, accountId, stateMachineName, executionName } = RUN_IDENTITY;
  const events: EmulatorHistoryEvent[] = [];
  const controller = new AbortController();
  const aborted = recorded.status === 'ABORTED';
  // Stop once the engine has written everything before the recorded ExecutionAborted.
  const stopAfter = aborted ? recorded.events.length - 1 : Infinity;
  await runExecution({
    definition: JSON.stringify(recorded.definition),
    input,
    executionArn: `arn:aws:states:${region}:${accountId}:execution:${stateMachineName}:${executionName}`,
    stateMachineArn: `arn:aws:states:${region}:${accountId}:stateMachine:${stateMachineName}`,
    stateMachineName,
    executionName,
    roleArn,
    region,
    accountId,
    startDate: new Date(),
    invoker: noServices,
    timeScale: aborted ? 1 : 0,
    signal: controller.signal,
    onEvent: (event) => {
      events.push(event);
      if (events.length === stopAfter) setTimeout(() => controller.abort({}), 5);
    },
  });
  return events;
}
