import { describe, expect, it } from 'vitest';
import { buildReminderScenarios } from '@/lib/demo/scenarios/reminder-scenarios';
import type { DemoScenario } from '@/lib/demo/scenarios/demo-scenario';
import { runScenario, type ScenarioRun } from '../../../support/demo/run-scenario';

const scenarios = buildReminderScenarios();
const scenario = (name: string): DemoScenario => {
  const found = scenarios.find((candidate) => candidate.scenario === name);
  if (!found) throw new Error(`no scenario ${name}`);
  return found;
};
const DAY_SECONDS = 86_400;
/** One second of the workflow is a millisecond of the test. */
const TIME_SCALE = 0.001;

/** Runs until the Wait state is entered, lets `quietMs` pass, then stops the execution with `reason`. */
async function stopWhileWaiting(
  target: DemoScenario,
  reason: { error: string; cause: string },
  quietMs = 20,
): Promise<{ run: ScenarioRun; typesWhenStopped: string[] }> {
  const controller = new AbortController();
  const seen: string[] = [];
  let typesWhenStopped: string[] = [];
  const running = runScenario(target, {
    timeScale: TIME_SCALE,
    signal: controller.signal,
    onEventType: (type) => {
      seen.push(type);
      if (type === 'WaitStateEntered') {
        setTimeout(() => {
          typesWhenStopped = [...seen];
          controller.abort(reason);
        }, quietMs);
      }
    },
  });
  return { run: await running, typesWhenStopped };
}

describe('buildReminderScenarios', () => {
  it('payment-reminder-sent waits its 2-second grace period and then reminds', async () => {
    const target = scenario('payment-reminder-sent');
    expect((target.input as { gracePeriodSeconds: number }).gracePeriodSeconds).toBe(2);
    const { outcome, types } = await runScenario(target, { timeScale: TIME_SCALE });
    expect(outcome.status).toBe('SUCCEEDED');
    expect(types).toContain('WaitStateExited');
    expect(types).toContain('LambdaFunctionSucceeded');
  });

  it('payment-reminder-waiting stays in its Wait state (a 30-day grace period)', async () => {
    const target = scenario('payment-reminder-waiting');
    expect(target.expectedStatus).toBe('RUNNING');
    expect((target.input as { gracePeriodSeconds: number }).gracePeriodSeconds).toBe(30 * DAY_SECONDS);
    const { typesWhenStopped } = await stopWhileWaiting(target, { error: 'TestOver', cause: 'the test ends here' });
    expect(typesWhenStopped.at(-1)).toBe('WaitStateEntered');
  });

  it('payment-reminder-cancelled is stopped during its 24-hour wait with the error and cause it names', async () => {
    const target = scenario('payment-reminder-cancelled');
    expect((target.input as { gracePeriodSeconds: number }).gracePeriodSeconds).toBe(DAY_SECONDS);
    const stop = target.stop;
    if (!stop) throw new Error('the cancelled scenario must say how it is stopped');
    expect(stop).toEqual({ error: 'InvoicePaid', cause: 'The customer paid invoice INV-2024-0713 before the reminder was due.' });
    const { run } = await stopWhileWaiting(target, stop);
    expect(run.outcome).toMatchObject({ status: target.expectedStatus, error: 'InvoicePaid', cause: stop.cause });
  });

  it('supplier-quote-expired times out before anyone approves the quote', async () => {
    const target = scenario('supplier-quote-expired');
    const { outcome, types } = await runScenario(target, { timeScale: TIME_SCALE });
    expect(outcome.status).toBe(target.expectedStatus);
    expect(types).not.toContain('WaitStateExited');
  });

  it('stops only the scenario meant to end ABORTED', () => {
    expect(scenarios.filter((candidate) => candidate.stop).map((candidate) => candidate.scenario)).toEqual(['payment-reminder-cancelled']);
    expect(scenarios.filter((candidate) => candidate.expectedStatus === 'ABORTED').map((candidate) => candidate.scenario)).toEqual([
      'payment-reminder-cancelled',
    ]);
  });
});
