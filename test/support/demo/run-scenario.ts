import type { DemoScenario } from '@/lib/demo/scenarios/demo-scenario';
import type { ExecutionOutcome } from '@/lib/emulator/engine/types';
import { createHandlerInvoker } from '@/lib/emulator/handlers/create-handler-invoker';
import { seedWorkflows } from '@/lib/seeds/seed-workflows';
import { detailsOf, runDefinition } from '../emulator-engine/run-definition';

export interface ScenarioRun {
  outcome: ExecutionOutcome;
  /** The Fail state the execution ended in, if it ended in one. */
  failState: string | undefined;
  /** Every history event type, in order. */
  types: string[];
}

export interface ScenarioRunOptions {
  /** Scales Wait states, retry intervals and TimeoutSeconds; 0 (the default) runs them at once. */
  timeScale?: number;
  /** Aborting it stops the execution, as StopExecution does (reason: `{ error, cause }`). */
  signal?: AbortSignal;
  onEventType?: (type: string) => void;
}

/**
 * Runs a demo scenario's input through its seed workflow in the real engine, in-process, with the
 * real seed Lambda handlers (lib/seeds/handlers).
 */
export async function runScenario(scenario: DemoScenario, options: ScenarioRunOptions = {}): Promise<ScenarioRun> {
  const workflow = seedWorkflows.find((candidate) => candidate.name === scenario.stateMachine);
  if (!workflow) throw new Error(`runScenario: no seed workflow ${scenario.stateMachine}`);
  const handlers = createHandlerInvoker({});
  const run = await runDefinition(workflow.definition, {
    input: scenario.input,
    timeScale: options.timeScale ?? 0,
    signal: options.signal,
    onEvent: (event) => options.onEventType?.(event.type),
    invoke: (invocation) => handlers.invoke(invocation),
  });
  const failEntered = run.events.filter((event) => event.type === 'FailStateEntered').at(-1);
  const failState = failEntered ? (detailsOf(failEntered).name as string | undefined) : undefined;
  return { outcome: run.outcome, failState, types: run.types };
}
