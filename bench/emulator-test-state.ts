/**
 * TestState latency, in process (no HTTP): the answer for a definition seen for the first time (its
 * schema check included), for a repeated one (validation memo), for a mocked JSONPath Task at DEBUG,
 * and for hostile requests (a deep, a huge and a garbled definition), which must be refused within a
 * second. Baseline in the same run: runExecution of the same Pass state as a one-state machine.
 * Run: npm run bench -- emulator-test-state
 */
import { cpus, loadavg } from 'node:os';
import { runExecution } from '@/lib/emulator/engine/run-execution';
import { validateDefinition } from '@/lib/emulator/engine/validate-definition';
import { runTestState } from '@/lib/emulator/test-state/run-test-state';
import type { RequestBody } from '@/lib/emulator/server/request-fields';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const deps = {
  region: 'us-east-1',
  accountId: '123456789012',
  invoker: { invoke: async () => ({}) },
  validateDefinition,
};

function median(values: number[]): number {
  const sorted = values.slice().sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

async function timed(run: (round: number) => Promise<unknown>): Promise<{ medianMs: number; minMs: number; maxMs: number }> {
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const started = performance.now();
    await run(round).catch(() => undefined);
    times.push(performance.now() - started);
  }
  const round2 = (n: number) => Math.round(n * 10) / 10;
  return { medianMs: round2(median(times)), minMs: round2(Math.min(...times)), maxMs: round2(Math.max(...times)) };
}

const test = (body: RequestBody) => runTestState(body, deps);
const pass = (round: number) => JSON.stringify({ Type: 'Pass', Result: { round }, Next: 'After' });
const task = JSON.stringify({
  Type: 'Task',
  Resource: 'arn:aws:states:::lambda:invoke',
  Parameters: { FunctionName: 'f', 'Payload.$': '$' },
  ResultSelector: { 'total.$': '$.Payload.total' },
  ResultPath: '$.priced',
  End: true,
});

async function main(): Promise<void> {
  console.log(
    JSON.stringify({
      environment: { cpus: cpus().length, loadAverage: loadavg().map((n) => Math.round(n * 100) / 100), node: process.version },
    }),
  );
  await test({ definition: pass(-1) }); // loads asl-validator, jsonata and the engine once
  const results = {
    firstSeenDefinition: await timed((round) => test({ definition: pass(round), inspectionLevel: 'DEBUG' })),
    repeatedDefinition: await timed(() => test({ definition: pass(0), inspectionLevel: 'DEBUG' })),
    mockedTaskDebug: await timed(() =>
      test({ definition: task, input: '{"n": 1}', inspectionLevel: 'DEBUG', mock: { result: '{"Payload": {"total": 3}}' } }),
    ),
    hostileDeepDefinition: await timed((round) =>
      test({ definition: `{"Type":"Pass","Result":${'['.repeat(3000 + round)}${']'.repeat(3000 + round)},"End":true}` }),
    ),
    hostileHugeDefinition: await timed((round) =>
      test({ definition: JSON.stringify({ Type: 'Pass', Result: 'x'.repeat(1_100_000 + round), End: true }) }),
    ),
    hostileGarbledDefinition: await timed((round) => test({ definition: `{"Type": "Pass",, ${round}` })),
    baselineRunExecutionSamePass: await timed(async (round) => {
      const definition = JSON.stringify({ StartAt: 'P', States: { P: { Type: 'Pass', Result: { round }, End: true } } });
      validateDefinition(definition);
      await runExecution({
        definition,
        input: '{}',
        executionArn: 'arn:aws:states:us-east-1:123456789012:execution:B:r',
        stateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:B',
        stateMachineName: 'B',
        executionName: 'r',
        roleArn: 'arn:aws:iam::123456789012:role/B',
        region: 'us-east-1',
        accountId: '123456789012',
        startDate: new Date(),
        invoker: deps.invoker,
        timeScale: 0,
        signal: new AbortController().signal,
        onEvent: () => {},
      });
    }),
  };
  console.log(JSON.stringify({ rounds: ROUNDS, ...results }, null, 2));
}

void main();
