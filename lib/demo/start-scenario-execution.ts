import { DescribeExecutionCommand, StartExecutionCommand, StopExecutionCommand } from '@aws-sdk/client-sfn';
import type { SFNClient } from '@aws-sdk/client-sfn';
import type { DemoScenario } from './scenarios/demo-scenario';

// Bounds the search for a free name when earlier running executions were ended by a restart.
const MAX_NAME_SUFFIX = 50;

/** The execution ARN AWS derives from a state machine ARN and an execution name. */
export function toExecutionArn(stateMachineArn: string, executionName: string): string {
  return `${stateMachineArn.replace(':stateMachine:', ':execution:')}:${executionName}`;
}

function isAlreadyExists(error: unknown): boolean {
  return error instanceof Error && error.name === 'ExecutionAlreadyExists';
}

/**
 * Starts the scenario's execution as `<scenario>-1`, or keeps the one already there (a re-run must
 * not duplicate). A scenario meant to be RUNNING whose execution has since ended (the emulator ends
 * running executions when it restarts) gets a fresh one as `-2`, `-3`…, so the demo always has one.
 */
export async function startScenarioExecution(
  client: SFNClient,
  stateMachineArn: string,
  scenario: DemoScenario,
): Promise<{ executionArn: string; started: boolean }> {
  const input = JSON.stringify(scenario.input);
  for (let suffix = 1; suffix <= MAX_NAME_SUFFIX; suffix++) {
    const name = `${scenario.scenario}-${suffix}`;
    try {
      const { executionArn } = await client.send(new StartExecutionCommand({ stateMachineArn, name, input }));
      if (!executionArn) throw new Error(`StartExecution of ${name} answered without an executionArn`);
      if (scenario.stop) {
        await client.send(new StopExecutionCommand({ executionArn, error: scenario.stop.error, cause: scenario.stop.cause }));
      }
      return { executionArn, started: true };
    } catch (error) {
      if (!isAlreadyExists(error)) throw error;
      const executionArn = toExecutionArn(stateMachineArn, name);
      if (scenario.expectedStatus !== 'RUNNING') return { executionArn, started: false };
      const existing = await client.send(new DescribeExecutionCommand({ executionArn }));
      if (existing.status === 'RUNNING') return { executionArn, started: false };
    }
  }
  throw new Error(`no free execution name for scenario ${scenario.scenario} after ${MAX_NAME_SUFFIX} tries`);
}
