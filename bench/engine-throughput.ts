/**
 * Engine speed, in process: executions per second of a representative order workflow (Choice, Task
 * via an inline Lambda handler, Map over order lines, Pass with JSONPath and an intrinsic), and the
 * time to run a workflow that writes ~25,000 events (the Standard history limit,
 * docs/aws-behaviour.md#history-size-limit). Each is measured WINDOWS times (the throughput in windows
 * of BENCH_DURATION_MS each) and reported as the median with its min–max, beside the machine's load.
 * Run: node --import tsx bench/engine-throughput.ts
 */
import { runExecution } from '@/lib/emulator/engine/run-execution';
import type { EmulatorHistoryEvent, RunExecutionOptions } from '@/lib/emulator/engine/types';
import { benchEnvironment } from './support/bench-environment';
import { spread } from './support/median';

const DURATION_MS = Number(process.env.BENCH_DURATION_MS ?? 1000);
const WINDOWS = Number(process.env.BENCH_WINDOWS ?? 5);

const ORDER_WORKFLOW = {
  Comment: 'Validate an order, price each line, then summarise',
  StartAt: 'Validate',
  States: {
    Validate: {
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke',
      Parameters: { FunctionName: 'validate-order', 'Payload.$': '$' },
      ResultSelector: { 'valid.$': '$.Payload.valid' },
      ResultPath: '$.validation',
      Retry: [{ ErrorEquals: ['States.TaskFailed'], MaxAttempts: 2 }],
      Next: 'IsValid',
    },
    IsValid: {
      Type: 'Choice',
      Choices: [{ Variable: '$.validation.valid', BooleanEquals: true, Next: 'PriceLines' }],
      Default: 'Rejected',
    },
    PriceLines: {
      Type: 'Map',
      ItemsPath: '$.lines',
      MaxConcurrency: 4,
      ItemProcessor: {
        StartAt: 'Price',
        States: {
          Price: { Type: 'Task', Resource: 'arn:aws:lambda:us-east-1:123456789012:function:price-line', End: true },
        },
      },
      ResultPath: '$.priced',
      Next: 'Summarise',
    },
    Summarise: {
      Type: 'Pass',
      Parameters: { 'orderId.$': '$.orderId', 'lineCount.$': 'States.ArrayLength($.priced)', 'priced.$': '$.priced' },
      End: true,
    },
    Rejected: { Type: 'Fail', Error: 'OrderRejected', Cause: 'The order did not validate' },
  },
};

function order(i: number) {
  return {
    orderId: `ord-${i}`,
    customer: { id: `cus-${i % 97}`, tier: i % 5 === 0 ? 'gold' : 'standard' },
    lines: Array.from({ length: 5 }, (_, k) => ({ sku: `SKU-${(i * 7 + k) % 500}`, qty: 1 + (k % 3), unitPrice: 9.99 + k })),
  };
}

function options(definition: unknown, input: unknown, onEvent: (e: EmulatorHistoryEvent) => void): RunExecutionOptions {
  return {
    definition: JSON.stringify(definition),
    input: JSON.stringify(input),
    executionArn: 'arn:aws:states:us-east-1:123456789012:execution:Bench:run',
    stateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:Bench',
    stateMachineName: 'Bench',
    executionName: 'run',
    roleArn: 'arn:aws:iam::123456789012:role/Bench',
    region: 'us-east-1',
    accountId: '123456789012',
    startDate: new Date(),
    timeScale: 0,
    signal: new AbortController().signal,
    onEvent,
    invoker: {
      invoke: async ({ functionName, payload }) => {
        if (functionName === 'validate-order') return { valid: true };
        const line = payload as { qty: number; unitPrice: number; sku: string };
        return { sku: line.sku, total: line.qty * line.unitPrice };
      },
    },
  };
}

async function executionsPerSecond(): Promise<{ executions: number; perSecond: number; eventsPerExecution: number }> {
  let executions = 0;
  let events = 0;
  const started = performance.now();
  while (performance.now() - started < DURATION_MS) {
    const outcome = await runExecution(
      options(ORDER_WORKFLOW, order(executions), () => {
        events += 1;
      }),
    );
    if (outcome.status !== 'SUCCEEDED') throw new Error(`bench execution ${outcome.status}: ${outcome.cause}`);
    executions += 1;
  }
  const seconds = (performance.now() - started) / 1000;
  return { executions, perSecond: Math.round(executions / seconds), eventsPerExecution: Math.round(events / executions) };
}

/** 1 + 2 + 4n + 3 events: n = 6,248 Pass iterations gives 24,998 events, just under the limit. */
async function largeHistory(): Promise<{ events: number; ms: number; status: string }> {
  const definition = {
    StartAt: 'Fan',
    States: {
      Fan: {
        Type: 'Map',
        MaxConcurrency: 1,
        ItemProcessor: { StartAt: 'Item', States: { Item: { Type: 'Pass', Parameters: { 'i.$': '$' }, End: true } } },
        ResultPath: null,
        End: true,
      },
    },
  };
  let events = 0;
  const started = performance.now();
  const outcome = await runExecution(
    options(
      definition,
      Array.from({ length: 6_248 }, (_, i) => i),
      () => {
        events += 1;
      },
    ),
  );
  return { events, ms: Math.round(performance.now() - started), status: outcome.status };
}

const environmentAtStart = benchEnvironment();
// The first window also warms the engine up (JIT); the median keeps a slow first window from deciding.
const windows = [];
for (let window = 0; window < WINDOWS; window++) windows.push(await executionsPerSecond());
const largeRuns = [];
for (let run = 0; run < WINDOWS; run++) largeRuns.push(await largeHistory());
console.log(
  JSON.stringify(
    {
      bench: 'engine-throughput',
      environment: { atStart: environmentAtStart, atEnd: benchEnvironment() },
      orderWorkflow: {
        windows: WINDOWS,
        windowMs: DURATION_MS,
        executionsPerSecond: spread(windows.map((w) => w.perSecond)),
        eventsPerExecution: windows[0]!.eventsPerExecution,
      },
      largeHistory: {
        runs: WINDOWS,
        events: largeRuns[0]!.events,
        status: largeRuns[0]!.status,
        ms: spread(largeRuns.map((run) => run.ms)),
      },
    },
    null,
    2,
  ),
);
