import { SFNClient } from '@aws-sdk/client-sfn';
import { seedWorkflows } from '../seeds/seed-workflows';
import type { DemoExpectedStatus, DemoScenario } from './scenarios/demo-scenario';
import { demoScenarios } from './demo-scenarios';
import { ensureStateMachine } from './ensure-state-machine';
import { seedDemoHistory } from './seed-demo-history';
import { unexpectedEndings } from './unexpected-endings';
import { seedExpressDemo, type ExpressDemoSummary } from './seed-express-demo';
import { startScenarioExecution } from './start-scenario-execution';
import { waitForExecutions } from './wait-for-executions';

export { demoScenarios } from './demo-scenarios';

export interface DemoSummary {
  stateMachines: { name: string; arn: string }[];
  executions: { scenario: string; executionArn: string; expectedStatus: DemoExpectedStatus }[];
  /** The Express odd/even machine and its executions, read back from CloudWatch Logs. */
  express?: ExpressDemoSummary;
}

export interface SeedDemoOptions {
  /** Step Functions endpoint, e.g. the embedded emulator's URL. */
  endpoint: string;
  region?: string;
  log?: (line: string) => void;
  /** How long to wait for the executions that should finish. Default 120 s. */
  timeoutMs?: number;
  /** Default: `demoScenarios`. */
  scenarios?: readonly DemoScenario[];
  /** Express executions to start (seedExpressDemo); 0 skips the Express demo. Default 2,000. */
  expressCount?: number;
  /**
   * Days of back-dated history (seedDemoHistory: a few replayed runs a day, emulator only). Default 0:
   * none, so the scenarios alone make the demo; `statescope demo` asks for 14.
   */
  historyDays?: number;
}

const DEFAULT_TIMEOUT_MS = 120_000;

/**
 * Deploys the seed workflows and starts the demo executions through the public Step Functions API
 * only, then waits for every execution that should finish. Safe to run again: state machines are
 * updated in place and executions that already exist are kept.
 */
export async function seedDemo(options: SeedDemoOptions): Promise<DemoSummary> {
  const log = options.log ?? (() => {});
  const scenarios = options.scenarios ?? demoScenarios;
  const client = new SFNClient({
    endpoint: options.endpoint,
    region: options.region ?? 'us-east-1',
    // The emulator checks the signature's shape, not the secret; these never reach AWS.
    credentials: { accessKeyId: 'statescope-demo', secretAccessKey: 'statescope-demo' },
  });
  try {
    const stateMachines: DemoSummary['stateMachines'] = [];
    for (const workflow of seedWorkflows) {
      const { arn, outcome } = await ensureStateMachine(client, {
        name: workflow.name,
        definition: JSON.stringify(workflow.definition, null, 2),
      });
      stateMachines.push({ name: workflow.name, arn });
      log(`state machine ${workflow.name}: ${outcome}`);
    }
    const arnByName = new Map(stateMachines.map((machine) => [machine.name, machine.arn]));

    // Before the scenarios, so that the emulator's newest-first lists keep the back-dated runs last.
    if (options.historyDays) {
      await seedDemoHistory(client, { endpoint: options.endpoint, days: options.historyDays, scenarios, arnByName, log });
    }

    const executions: DemoSummary['executions'] = [];
    for (const scenario of scenarios) {
      const stateMachineArn = arnByName.get(scenario.stateMachine);
      if (!stateMachineArn) throw new Error(`scenario ${scenario.scenario} names an unknown state machine ${scenario.stateMachine}`);
      const { executionArn, started } = await startScenarioExecution(client, stateMachineArn, scenario);
      executions.push({ scenario: scenario.scenario, executionArn, expectedStatus: scenario.expectedStatus });
      log(`${started ? 'started' : 'kept   '} ${executionArn.slice(executionArn.lastIndexOf(':') + 1)}: ${scenario.summary}`);
    }

    // Started while the Standard executions run, so the two overlap.
    const express =
      options.expressCount === 0
        ? undefined
        : await seedExpressDemo({ endpoint: options.endpoint, region: options.region ?? 'us-east-1', count: options.expressCount, log });

    const finishing = executions.filter((execution) => execution.expectedStatus !== 'RUNNING').map((execution) => execution.executionArn);
    const startedAtMs = Date.now();
    const statuses = await waitForExecutions(client, finishing, {
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      onProgress: (remaining) => remaining > 0 && log(`waiting for ${remaining} execution(s) to finish…`),
    });
    const unfinished = [...statuses].filter(([, status]) => status === 'RUNNING');
    if (unfinished.length > 0) {
      log(`warning: ${unfinished.length} execution(s) still running after ${Math.round((Date.now() - startedAtMs) / 1000)} s`);
    }
    const expected = executions.map(({ scenario, executionArn, expectedStatus }) => ({ label: scenario, executionArn, expectedStatus }));
    for (const warning of unexpectedEndings(expected, statuses)) log(warning);
    log(`demo ready: ${stateMachines.length} state machines, ${executions.length} executions`);
    return { stateMachines, executions, ...(express ? { express } : {}) };
  } finally {
    client.destroy();
  }
}
