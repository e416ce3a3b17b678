import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDemoScenarios } from '@/lib/demo/demo-scenarios';
import type { ExecutionDetail, HistoryEventRecord } from '@/lib/domain';
import { createHandlerInvoker } from '@/lib/emulator/handlers/create-handler-invoker';
import { compileRedactionRules, redactHistoryEvents, REDACTED } from '@/lib/execution-index/redact-payload';
import { toIndexedExecution } from '@/lib/execution-index/to-indexed-execution';
import type { IndexedExecution } from '@/lib/execution-index/types';
import { seedWorkflows } from '@/lib/seeds/seed-workflows';
import { AWS_HISTORY_CASES_DIR } from '../../support/corpus/shared-corpus';
import { EXECUTION_ARN, runDefinition } from '../../support/emulator-engine/run-definition';

const now = new Date('2026-03-20T00:00:00Z');
const rules = compileRedactionRules(['$..email', '$..cardNumber', '$..card']);
const machineArn = 'arn:aws:states:eu-west-1:123456789012:stateMachine:Orders';

function fixtureEvents(name: string): HistoryEventRecord[] {
  const doc = JSON.parse(readFileSync(new URL(`../../fixtures/history/${name}`, import.meta.url), 'utf8')) as {
    events: HistoryEventRecord[];
  };
  return doc.events;
}

function detail(overrides: Partial<ExecutionDetail>): ExecutionDetail {
  return {
    arn: 'arn:aws:states:eu-west-1:123456789012:execution:Orders:order-1',
    stateMachineArn: machineArn,
    name: 'order-1',
    status: 'SUCCEEDED',
    startedAt: new Date('2026-03-10T09:00:00Z'),
    stoppedAt: new Date('2026-03-10T09:00:10Z'),
    ...overrides,
  };
}

/** Invariants every record must hold, whatever the history. */
function checkInvariants(record: IndexedExecution, label: string): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, what: string) => ok || problems.push(`${label}: ${what}`);
  check(record.transitions >= 0, 'transitions < 0');
  check(Number.isFinite(record.costUsd) && record.costUsd >= 0, `cost ${record.costUsd}`);
  if (record.status === 'FAILED')
    check(record.error !== undefined || record.failingState !== undefined, 'failed without error or failing state');
  if (record.status === 'SUCCEEDED')
    check(record.rootCause === undefined && record.failingState === undefined, 'succeeded with a root cause');
  if (record.normalizedCause !== undefined)
    check(record.cause !== undefined || record.rootCause?.message !== undefined, 'normalized cause without cause or root cause');
  return problems;
}

describe('toIndexedExecution', () => {
  it('fills the record from a failed history: failing state, error, cause, visits with scopes, transitions, cost', () => {
    const events = fixtureEvents('order-shipping-failed.json');
    const record = toIndexedExecution({
      source: 'https://states.eu-west-1.amazonaws.com',
      execution: detail({ status: 'FAILED', error: 'States.TaskFailed', cause: 'Carrier API unavailable' }),
      stateMachine: { name: 'Orders', type: 'STANDARD' },
      events,
      redaction: rules,
      now,
    });
    expect(record).toMatchObject({
      status: 'FAILED',
      error: 'States.TaskFailed',
      stateMachineName: 'Orders',
      workflowType: 'STANDARD',
      indexedAt: now,
    });
    expect(record.failingState).toBeTruthy();
    expect(record.transitions).toBeGreaterThan(3);
    expect(record.costUsd).toBeCloseTo((record.transitions * 0.025) / 1000, 10);
    expect(record.visits.length).toBeGreaterThan(3);
    expect(record.visits.some((v) => v.scope !== '')).toBe(true); // the Parallel's branches
    expect(record.visits.some((v) => v.status === 'failed')).toBe(true);
    expect(checkInvariants(record, 'shipping')).toEqual([]);
  });

  it('records a caught error that succeeded without a root cause, and the retries of the failing Task', () => {
    const record = toIndexedExecution({
      source: 's',
      execution: detail({}),
      stateMachine: { name: 'Orders', type: 'STANDARD' },
      events: fixtureEvents('order-payment-caught.json'),
      redaction: rules,
      now,
    });
    expect(record.rootCause).toBeUndefined();
    expect(record.failingState).toBeUndefined();
    const caught = record.visits.find((v) => v.status === 'caught');
    expect(caught).toMatchObject({ retries: 2, scope: '' });
    expect(caught?.next).toBeTruthy();
  });

  it('without a history fills what DescribeExecution gives, redacting and capping the payloads', () => {
    const input = JSON.stringify({ customer: { email: 'a@b.c' }, note: 'é'.repeat(100) });
    const record = toIndexedExecution({
      source: 's',
      execution: detail({
        status: 'FAILED',
        error: 'Lambda.Unknown',
        cause: JSON.stringify({ errorType: 'PaymentError', errorMessage: 'Payment for order ORD-20483 was declined', card: '4242' }),
        input,
      }),
      stateMachine: { name: 'Orders', type: 'STANDARD' },
      redaction: rules,
      payloadCapBytes: 64,
      now,
    });
    expect(record.input?.truncated).toBe(true);
    expect(record.input?.text).toContain(`"email":"${REDACTED}"`);
    expect(record.input?.bytes).toBe(new TextEncoder().encode(input.replace('"a@b.c"', `"${REDACTED}"`)).length);
    expect(record.cause).toBe('PaymentError: Payment for order ORD-20483 was declined');
    expect(record.normalizedCause).toBe('PaymentError: Payment for order <id> was declined');
    expect(record).toMatchObject({ transitions: 0, visits: [], costUsd: 0 });
    expect(record.failingState).toBeUndefined();
  });

  it('prices an Express execution by its duration at the default memory', () => {
    const record = toIndexedExecution({
      source: 's',
      execution: detail({ arn: 'arn:aws:states:us-east-1:1:express:M:e:1', startedAt: new Date(0), stoppedAt: new Date(250) }),
      stateMachine: { name: 'M', type: 'EXPRESS' },
      redaction: rules,
      now,
    });
    // 1 request ($1 per million) + 300 ms billed at 64 MB.
    expect(record.costUsd).toBeGreaterThan(1e-6);
    expect(record.costUsd).toBeLessThan(2e-6);
  });

  it('caps the visits of a huge Map and says how many there were', () => {
    const events: Record<string, unknown>[] = [
      { id: 1, previousEventId: 0, type: 'ExecutionStarted', timestamp: new Date(0), executionStartedEventDetails: { input: '{}' } },
      {
        id: 2,
        previousEventId: 1,
        type: 'MapStateEntered',
        timestamp: new Date(1),
        stateEnteredEventDetails: { name: 'Each', input: '[]' },
      },
      { id: 3, previousEventId: 2, type: 'MapStateStarted', timestamp: new Date(1), mapStateStartedEventDetails: { length: 1500 } },
    ];
    let prev = 3;
    for (let i = 0; i < 1500; i += 1) {
      const id = events.length + 1;
      events.push({
        id,
        previousEventId: prev,
        type: 'MapIterationStarted',
        timestamp: new Date(2),
        mapIterationStartedEventDetails: { name: 'Each', index: i },
      });
      events.push({
        id: id + 1,
        previousEventId: id,
        type: 'PassStateEntered',
        timestamp: new Date(2),
        stateEnteredEventDetails: { name: 'A', input: '{}' },
      });
      events.push({
        id: id + 2,
        previousEventId: id + 1,
        type: 'PassStateExited',
        timestamp: new Date(3),
        stateExitedEventDetails: { name: 'A', output: '{}' },
      });
      events.push({
        id: id + 3,
        previousEventId: id + 2,
        type: 'PassStateEntered',
        timestamp: new Date(3),
        stateEnteredEventDetails: { name: 'B', input: '{}' },
      });
      events.push({
        id: id + 4,
        previousEventId: id + 3,
        type: 'PassStateExited',
        timestamp: new Date(4),
        stateExitedEventDetails: { name: 'B', output: '{}' },
      });
      events.push({
        id: id + 5,
        previousEventId: id + 4,
        type: 'MapIterationSucceeded',
        timestamp: new Date(4),
        mapIterationSucceededEventDetails: { name: 'Each', index: i },
      });
      prev = id + 5;
    }
    const n = events.length;
    events.push({ id: n + 1, previousEventId: prev, type: 'MapStateSucceeded', timestamp: new Date(5) });
    events.push({
      id: n + 2,
      previousEventId: n + 1,
      type: 'MapStateExited',
      timestamp: new Date(5),
      stateExitedEventDetails: { name: 'Each', output: '[]' },
    });
    events.push({
      id: n + 3,
      previousEventId: n + 2,
      type: 'ExecutionSucceeded',
      timestamp: new Date(6),
      executionSucceededEventDetails: { output: '[]' },
    });
    const record = toIndexedExecution({
      source: 's',
      execution: detail({}),
      stateMachine: { name: 'Orders', type: 'STANDARD' },
      events: events as unknown as HistoryEventRecord[],
      redaction: rules,
      now,
    });
    expect(record.visits).toHaveLength(2000);
    expect(record.visitsTotal).toBe(3001);
    expect(record.visits[0]).toMatchObject({ state: 'Each', scope: '' });
    expect(record.visits[1]).toMatchObject({ state: 'A', scope: 'Each[0]', next: 'B' });
  });
});

describe('toIndexedExecution over the demo scenarios, run in the real engine', () => {
  it('holds the invariants and finds where and why each failed scenario failed', async () => {
    const handlers = createHandlerInvoker({});
    const problems: string[] = [];
    const scenarios = buildDemoScenarios(now).filter((s) => s.expectedStatus !== 'RUNNING' && !s.stop);
    expect(scenarios.length).toBeGreaterThan(15);
    for (const scenario of scenarios) {
      const workflow = seedWorkflows.find((w) => w.name === scenario.stateMachine);
      if (!workflow) throw new Error(`no seed workflow ${scenario.stateMachine}`);
      const run = await runDefinition(workflow.definition, { input: scenario.input, invoke: (invocation) => handlers.invoke(invocation) });
      const events = redactHistoryEvents(run.events as HistoryEventRecord[], rules);
      const record = toIndexedExecution({
        source: 'http://127.0.0.1:8083',
        execution: {
          arn: EXECUTION_ARN,
          stateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:TestMachine',
          name: 'test-execution',
          status: run.outcome.status,
          startedAt: run.events[0]?.timestamp ?? now,
          stoppedAt: run.outcome.stopDate,
          input: JSON.stringify(scenario.input),
          ...(run.outcome.output !== undefined && { output: run.outcome.output }),
          ...(run.outcome.error !== undefined && { error: run.outcome.error }),
          ...(run.outcome.cause !== undefined && { cause: run.outcome.cause }),
        },
        stateMachine: { name: scenario.stateMachine, type: 'STANDARD' },
        events,
        redaction: rules,
        now,
      });
      problems.push(...checkInvariants(record, scenario.scenario));
      if (record.input?.text.includes('@example.')) problems.push(`${scenario.scenario}: an e-mail survived redaction`);
      if (scenario.failState && record.failingState !== scenario.failState) {
        problems.push(`${scenario.scenario}: failing state ${record.failingState} instead of ${scenario.failState}`);
      }
      if (scenario.scenario === 'order-payment-declined') {
        expect(record.rootCause).toMatchObject({ state: 'VerifyPayment', error: 'PaymentVerificationFailed' });
        expect(record.rootCause?.message).toBeTruthy();
        // Grouped by the real cause, not the Fail state's fixed text.
        expect(record.normalizedCause).toBe('Payment for order <id> was declined: card declined by issuer');
      }
      if (scenario.scenario === 'order-payment-amount-mismatch') {
        expect(record.normalizedCause).toMatch(/^Payment of <n> does not match the order total <n> for order <id>$/);
      }
    }
    expect(problems).toEqual([]);
  }, 60_000);
});

describe.skipIf(!existsSync(AWS_HISTORY_CASES_DIR))('toIndexedExecution over the recorded AWS histories (../shared/aws-histories)', () => {
  it('never throws and holds the invariants for every recording', () => {
    const files = readdirSync(AWS_HISTORY_CASES_DIR).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThan(400);
    const problems: string[] = [];
    let failed = 0;
    for (const file of files) {
      const doc = JSON.parse(readFileSync(path.join(AWS_HISTORY_CASES_DIR, file), 'utf8')) as {
        status?: string;
        events: HistoryEventRecord[];
      };
      const status = (['SUCCEEDED', 'FAILED', 'TIMED_OUT', 'ABORTED', 'RUNNING'] as const).find((s) => s === doc.status) ?? 'RUNNING';
      const terminal = doc.events.find(
        (e) => e.type.startsWith('Execution') && e.type !== 'ExecutionStarted' && e.type !== 'ExecutionRedriven',
      );
      const details = terminal
        ? (Object.entries(terminal).find(([k]) => k.endsWith('EventDetails'))?.[1] as { error?: string; cause?: string } | undefined)
        : undefined;
      const record = toIndexedExecution({
        source: 'aws',
        execution: detail({
          status,
          ...(details?.error !== undefined && { error: details.error }),
          ...(typeof details?.cause === 'string' && { cause: details.cause }),
        }),
        stateMachine: { name: 'M', type: 'STANDARD' },
        events: redactHistoryEvents(doc.events, rules),
        redaction: rules,
        now,
      });
      if (status === 'FAILED') failed += 1;
      problems.push(...checkInvariants(record, file));
    }
    console.info(`recorded corpus: ${files.length} histories indexed, ${failed} failed`);
    expect(problems).toEqual([]);
  });
});

if (!existsSync(AWS_HISTORY_CASES_DIR)) console.info(`skipped the recorded-corpus records: ${AWS_HISTORY_CASES_DIR} is absent`);
