import { StartExecutionCommand, type SFNClient } from '@aws-sdk/client-sfn';
import type { DemoScenario } from './scenarios/demo-scenario';
import { unexpectedEndings } from './unexpected-endings';
import { waitForExecutions } from './wait-for-executions';

const DAY_MS = 86_400_000;
/**
 * The quick Standard workflows whose outcome depends only on the input: safe to replay any day. Where a
 * handler remembers earlier runs (the inventory outage, per order id), the scenario's replayInput gives
 * each replay an input of its own.
 */
const HISTORY_MACHINES = new Set(['daycare-registration', 'order-processing', 'course-enrollment', 'odd-even']);

export interface DemoHistoryOptions {
  /** Step Functions endpoint: must be the Statescope emulator (back-dating is emulator-only). */
  endpoint: string;
  /** Days back, 1 to 90: each of the past `days` days gets a few runs. */
  days: number;
  scenarios: readonly DemoScenario[];
  arnByName: ReadonlyMap<string, string>;
  now?: Date;
  timeoutMs?: number;
  log?: (line: string) => void;
}

/** One back-dated run: which scenario, with what input, and when it is to have started. */
export interface HistoryRun {
  name: string;
  scenario: DemoScenario;
  /** The scenario's input, or its replayInput for this replay. */
  input: unknown;
  startMs: number;
}

/**
 * The runs of the demo's history: 2 to 5 a day (varying, so a chart has a shape), cycling through
 * the replayable scenarios, each at its own time of day. Deterministic, so a re-run finds its runs.
 */
export function planDemoHistory(scenarios: readonly DemoScenario[], days: number, now: Date): HistoryRun[] {
  const replayable = scenarios.filter((s) => HISTORY_MACHINES.has(s.stateMachine) && !s.stop && s.expectedStatus !== 'RUNNING');
  if (replayable.length === 0) return [];
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const runs: HistoryRun[] = [];
  const replays = new Map<DemoScenario, number>();
  let next = 0;
  for (let day = days; day >= 1; day -= 1) {
    const count = 2 + ((day * 7) % 4);
    for (let i = 0; i < count; i += 1) {
      const scenario = replayable[next % replayable.length];
      next += 1;
      if (!scenario) continue;
      const minuteOfDay = (7 * 60 + i * 157 + day * 23) % (24 * 60);
      const replay = (replays.get(scenario) ?? 0) + 1;
      replays.set(scenario, replay);
      runs.push({
        name: `history-d${day}-${i + 1}-${scenario.scenario}`.slice(0, 80),
        scenario,
        input: scenario.replayInput ? scenario.replayInput(replay) : scenario.input,
        startMs: today - day * DAY_MS + minuteOfDay * 60_000,
      });
    }
  }
  return runs;
}

/**
 * Gives the demo a history: replays quick scenarios and moves each run back to its day with the
 * emulator-only StatescopeEmulator.BackdateExecution (history, dates and metrics move together), so
 * the dashboard's trends show past days, not one spike. Runs already there (a re-run) are kept.
 */
export async function seedDemoHistory(client: SFNClient, options: DemoHistoryOptions): Promise<number> {
  if (!Number.isInteger(options.days) || options.days < 1 || options.days > 90) {
    throw new Error(`the demo history spans 1 to 90 days, got ${options.days}`);
  }
  const runs = planDemoHistory(options.scenarios, options.days, options.now ?? new Date());
  const started: Array<{ executionArn: string; run: HistoryRun }> = [];
  for (const run of runs) {
    const stateMachineArn = options.arnByName.get(run.scenario.stateMachine);
    if (!stateMachineArn) continue;
    try {
      const { executionArn } = await client.send(
        new StartExecutionCommand({ stateMachineArn, name: run.name, input: JSON.stringify(run.input) }),
      );
      if (executionArn) started.push({ executionArn, run });
    } catch (error) {
      if (!(error instanceof Error && error.name === 'ExecutionAlreadyExists')) throw error;
    }
  }
  const statuses = await waitForExecutions(
    client,
    started.map((s) => s.executionArn),
    { timeoutMs: options.timeoutMs ?? 60_000 },
  );
  const expected = started.map(({ executionArn, run }) => ({
    label: `history run ${run.name}`,
    executionArn,
    expectedStatus: run.scenario.expectedStatus,
  }));
  for (const warning of unexpectedEndings(expected, statuses)) options.log?.(warning);
  for (const { executionArn, run } of started) await backdate(options.endpoint, executionArn, run.startMs);
  options.log?.(`history: ${started.length} run(s) back-dated over the past ${options.days} days (${runs.length - started.length} kept)`);
  return started.length;
}

async function backdate(endpoint: string, executionArn: string, startMs: number): Promise<void> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': 'StatescopeEmulator.BackdateExecution' },
    body: JSON.stringify({ ExecutionArn: executionArn, StartDate: startMs / 1000 }),
  });
  if (!response.ok) {
    const text = await response.text();
    throw new Error(
      `could not back-date ${executionArn} (only the Statescope emulator can): HTTP ${response.status} ${text.slice(0, 300)}`,
    );
  }
}
