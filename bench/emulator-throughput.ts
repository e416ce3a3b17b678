// Emulator throughput through the HTTP API, as a user sees it: the real SDK starts daycare-registration
// executions and polls DescribeExecution until each ends; then a ~25,000-event history is paged with
// GetExecutionHistory. The emulator runs as `statescope emulator` in its own process, so the SDK's own
// CPU time is not charged to it and its peak RSS is its own. Prints one JSON object.
// Run: node --import tsx bench/emulator-throughput.ts
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { startEmulatorProcess } from './support/start-emulator-process';
import {
  CreateStateMachineCommand,
  DescribeExecutionCommand,
  GetExecutionHistoryCommand,
  SFNClient,
  StartExecutionCommand,
} from '@aws-sdk/client-sfn';

const EXECUTIONS = Number(process.env.BENCH_EXECUTIONS ?? 400);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32);
const POLL_MS = 10;
const LOOP_ITERATIONS = 6_240; // 1 + 2 + 6,240 × 4 + 2 + 1 = 24,966 events, just under the 25,000 cap.
const ROLE_ARN = 'arn:aws:iam::123456789012:role/BenchRole';

const DAYCARE = readFileSync(new URL('../lib/seeds/definitions/daycare-registration.asl.json', import.meta.url), 'utf8');
const DAYCARE_INPUT = JSON.stringify({
  registration_info: {
    child: { firstName: 'Ada', lastName: 'Lovelace', dateOfBirth: `${new Date().getUTCFullYear() - 3}-01-15` },
    parents: { mother: { firstName: 'Anne', lastName: 'Lovelace', email: 'anne@example.com' } },
    daysOfWeek: ['Monday', 'Wednesday'],
  },
});
const LOOP = JSON.stringify({
  StartAt: 'Init',
  States: {
    Init: { Type: 'Pass', Result: { i: 0 }, Next: 'Step' },
    Step: { Type: 'Pass', Parameters: { 'i.$': 'States.MathAdd($.i, 1)' }, Next: 'More' },
    More: {
      Type: 'Choice',
      Choices: [{ Variable: '$.i', NumericLessThan: LOOP_ITERATIONS, Next: 'Step' }],
      Default: 'Done',
    },
    Done: { Type: 'Succeed' },
  },
});

async function waitForEnd(sfn: SFNClient, executionArn: string): Promise<string> {
  for (;;) {
    const { status } = await sfn.send(new DescribeExecutionCommand({ executionArn }));
    if (status !== 'RUNNING') return status!;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** Peak resident set of a process (Linux), in MB; null where /proc is not available. */
function peakRssMb(pid: number): number | null {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Math.round(Number(match[1]) / 1024) : null;
  } catch {
    return null;
  }
}

const dataDir = mkdtempSync(path.join(tmpdir(), 'statescope-bench-'));
const emulator = await startEmulatorProcess(dataDir);
const { child, url } = emulator;
const sfn = new SFNClient({
  endpoint: url,
  region: 'us-east-1',
  credentials: { accessKeyId: 'bench', secretAccessKey: 'bench' },
});
try {
  const { stateMachineArn: daycareArn } = await sfn.send(
    new CreateStateMachineCommand({ name: 'daycare-registration', definition: DAYCARE, roleArn: ROLE_ARN }),
  );
  const statuses: Record<string, number> = {};
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < EXECUTIONS) {
        next += 1;
        const { executionArn } = await sfn.send(new StartExecutionCommand({ stateMachineArn: daycareArn, input: DAYCARE_INPUT }));
        const status = await waitForEnd(sfn, executionArn!);
        statuses[status] = (statuses[status] ?? 0) + 1;
      }
    }),
  );
  const throughputSeconds = (performance.now() - started) / 1000;

  const { stateMachineArn: loopArn } = await sfn.send(
    new CreateStateMachineCommand({ name: 'long-loop', definition: LOOP, roleArn: ROLE_ARN }),
  );
  const runStarted = performance.now();
  const { executionArn: longArn } = await sfn.send(new StartExecutionCommand({ stateMachineArn: loopArn }));
  const longStatus = await waitForEnd(sfn, longArn!);
  const longRunSeconds = (performance.now() - runStarted) / 1000;

  const pageThrough = async (maxResults: number, reverseOrder = false) => {
    const begin = performance.now();
    let events = 0;
    let pages = 0;
    let nextToken: string | undefined;
    do {
      const page = await sfn.send(new GetExecutionHistoryCommand({ executionArn: longArn, maxResults, reverseOrder, nextToken }));
      events += page.events!.length;
      pages += 1;
      nextToken = page.nextToken;
    } while (nextToken);
    const totalMs = performance.now() - begin;
    return {
      client: 'sdk',
      maxResults,
      reverseOrder,
      events,
      pages,
      totalMs: Math.round(totalMs),
      msPerPage: Number((totalMs / pages).toFixed(2)),
    };
  };

  // The same paging over plain HTTP, without the SDK's parsing: the emulator's own share of the time.
  const pageThroughRaw = async (maxResults: number) => {
    const begin = performance.now();
    let events = 0;
    let pages = 0;
    let nextToken: string | undefined;
    do {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-amz-json-1.0', 'X-Amz-Target': 'AWSStepFunctions.GetExecutionHistory' },
        body: JSON.stringify({ executionArn: longArn, maxResults, nextToken }),
      });
      const page = (await response.json()) as { events: unknown[]; nextToken?: string };
      events += page.events.length;
      pages += 1;
      nextToken = page.nextToken;
    } while (nextToken);
    const totalMs = performance.now() - begin;
    return { client: 'fetch', maxResults, events, pages, totalMs: Math.round(totalMs), msPerPage: Number((totalMs / pages).toFixed(2)) };
  };

  const result = {
    benchmark: 'emulator-throughput',
    node: process.version,
    daycare: {
      executions: EXECUTIONS,
      concurrency: CONCURRENCY,
      statuses,
      seconds: Number(throughputSeconds.toFixed(2)),
      executionsPerSecond: Number((EXECUTIONS / throughputSeconds).toFixed(1)),
    },
    longHistory: {
      status: longStatus,
      runSeconds: Number(longRunSeconds.toFixed(2)),
      paging: [await pageThrough(1000), await pageThrough(1000, true), await pageThrough(100), await pageThroughRaw(1000)],
    },
    emulatorPeakRssMb: peakRssMb(child.pid!),
  };
  console.log(JSON.stringify(result, null, 2));
} finally {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
  rmSync(dataDir, { recursive: true, force: true });
}
