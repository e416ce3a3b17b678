// Emulator throughput through the HTTP API, as a user sees it: 16 concurrent clients start executions
// with the real AWS SDK and poll DescribeExecution until each ends, side by side in one run with
//   - the npm `stepfunctions-local` 1.3.1 (devDependency) on a Choice and two Pass states (it runs no
//     Lambda tasks without a Lambda endpoint, so it sits out the daycare workflow), and
//   - the emulator of another checkout (BENCH_BASELINE_DIR, e.g. `git worktree add /tmp/emu-base <commit>`
//     with node_modules linked in) on both workflows,
//   - an answer-only server (support/answer-only-sfn-server.mjs) on the Choice workflow: it does no
//     work, so its rate is what the client reaches on this machine, the ceiling of any server's; its
//     ratio over stepfunctions-local is the most any server could show over the peer here,
// in alternating rounds so that a loaded machine slows every server alike. stepfunctions-local keeps
// its executions in memory and slows as it holds more (each round's rate is listed with how many the
// server held when it began), so its rate, and every ratio to it, depends on BENCH_EXECUTIONS. Each
// server runs in its own process; its CPU time per execution is reported beside the client's (the
// SDK's own cost bounds what any server can reach on a small machine), and stepfunctions-local's over
// ours as a ratio. A plain node:http client (BENCH_CLIENTS=sdk,http) shows the servers without most
// of that client cost. Then a ~25,000-event history is paged with GetExecutionHistory on this
// checkout's emulator. Prints one JSON object.
// Run: npm run bench -- emulator-throughput   (BENCH_ROUNDS, BENCH_EXECUTIONS, BENCH_CONCURRENCY)
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { median } from './support/median';
import { processCpuMs } from './support/process-cpu';
import { startEmulatorProcess, type EmulatorProcess } from './support/start-emulator-process';
import { startAnswerOnlyServer } from './support/start-answer-only-server';
import { hasStepFunctionsLocal, startStepFunctionsLocal } from './support/start-stepfunctions-local';
import {
  CreateStateMachineCommand,
  DescribeExecutionCommand,
  GetExecutionHistoryCommand,
  SFNClient,
  StartExecutionCommand,
} from '@aws-sdk/client-sfn';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const EXECUTIONS = Number(process.env.BENCH_EXECUTIONS ?? 600);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const CLIENTS = (process.env.BENCH_CLIENTS ?? 'sdk,http').split(',') as Array<'sdk' | 'http'>;
const BASELINE_DIR = process.env.BENCH_BASELINE_DIR;
const POLL_MS = 10;
/** The server that does no work (support/answer-only-sfn-server.mjs). */
const ANSWER_ONLY = 'answer-only';
const LOOP_ITERATIONS = 6_240; // 1 + 2 + 6,240 × 4 + 2 + 1 = 24,966 events, just under the 25,000 cap.
const ROLE_ARN = 'arn:aws:iam::123456789012:role/BenchRole';

interface Workflow {
  name: string;
  definition: string;
  input: string;
  /** stepfunctions-local cannot run it (Lambda tasks need a Lambda endpoint). */
  emulatorOnly: boolean;
}

const WORKFLOWS: Workflow[] = [
  {
    name: 'choice-and-two-passes',
    definition: JSON.stringify({
      StartAt: 'Route',
      States: {
        Route: { Type: 'Choice', Choices: [{ Variable: '$.amount', NumericGreaterThan: 100, Next: 'Large' }], Default: 'Small' },
        Large: { Type: 'Pass', Result: { size: 'large' }, ResultPath: '$.order', End: true },
        Small: { Type: 'Pass', Result: { size: 'small' }, ResultPath: '$.order', End: true },
      },
    }),
    input: JSON.stringify({ amount: 250, customer: 'ada' }),
    emulatorOnly: false,
  },
  {
    name: 'daycare-registration',
    definition: readFileSync(new URL('../lib/seeds/definitions/daycare-registration.asl.json', import.meta.url), 'utf8'),
    input: JSON.stringify({
      registration_info: {
        child: { firstName: 'Ada', lastName: 'Lovelace', dateOfBirth: `${new Date().getUTCFullYear() - 3}-01-15` },
        parents: { mother: { firstName: 'Anne', lastName: 'Lovelace', email: 'anne@example.com' } },
        daysOfWeek: ['Monday', 'Wednesday'],
      },
    }),
    emulatorOnly: true,
  },
];

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

/** The two calls of the loop, by the SDK or by a bare keep-alive node:http client (no signing, no SDK parsing). */
interface Client {
  start(stateMachineArn: string, input: string): Promise<string>;
  status(executionArn: string): Promise<string>;
}

function sdkClient(sfn: SFNClient): Client {
  return {
    start: async (stateMachineArn, input) => (await sfn.send(new StartExecutionCommand({ stateMachineArn, input }))).executionArn!,
    status: async (executionArn) => (await sfn.send(new DescribeExecutionCommand({ executionArn }))).status!,
  };
}

function httpClient(url: string): Client {
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const call = (operation: string, body: object) =>
    new Promise<Record<string, string>>((resolve, reject) => {
      const text = JSON.stringify(body);
      const req = request(
        url,
        {
          method: 'POST',
          agent,
          headers: {
            'Content-Type': 'application/x-amz-json-1.0',
            'X-Amz-Target': `AWSStepFunctions.${operation}`,
            'Content-Length': Buffer.byteLength(text),
          },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => {
            const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, string>;
            if (response.statusCode !== 200) reject(new Error(`${operation}: HTTP ${response.statusCode} ${JSON.stringify(parsed)}`));
            else resolve(parsed);
          });
        },
      );
      req.on('error', reject);
      req.end(text);
    });
  return {
    start: async (stateMachineArn, input) => (await call('StartExecution', { stateMachineArn, input })).executionArn!,
    status: async (executionArn) => (await call('DescribeExecution', { executionArn })).status!,
  };
}

interface Server {
  name: string;
  process: EmulatorProcess;
  sfn: SFNClient;
  machines: Map<string, string>;
  /** Executions started on it so far, by every workflow and client: stepfunctions-local slows as it holds more. */
  executionsHeld: number;
}

function sfnFor(url: string): SFNClient {
  return new SFNClient({ endpoint: url, region: 'us-east-1', credentials: { accessKeyId: 'bench', secretAccessKey: 'bench' } });
}

async function waitForEnd(client: Client, executionArn: string): Promise<string> {
  for (;;) {
    const status = await client.status(executionArn);
    if (status !== 'RUNNING') return status;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

interface RunResult {
  /** How many executions the server held when the round began (the rate of some servers falls as that grows). */
  executionsHeldAtStart: number;
  executionsPerSecond: number;
  serverCpuMsPerExecution: number | null;
  clientCpuMsPerExecution: number;
  statuses: Record<string, number>;
}

async function runOnce(server: Server, workflow: Workflow, client: Client): Promise<RunResult> {
  const stateMachineArn = server.machines.get(workflow.name)!;
  const statuses: Record<string, number> = {};
  let next = 0;
  const executionsHeldAtStart = server.executionsHeld;
  server.executionsHeld += EXECUTIONS;
  const serverCpuBefore = processCpuMs(server.process.child.pid!);
  const clientCpuBefore = process.cpuUsage();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < EXECUTIONS) {
        next += 1;
        const status = await waitForEnd(client, await client.start(stateMachineArn, workflow.input));
        statuses[status] = (statuses[status] ?? 0) + 1;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const serverCpuAfter = processCpuMs(server.process.child.pid!);
  const clientCpu = process.cpuUsage(clientCpuBefore);
  return {
    executionsHeldAtStart,
    executionsPerSecond: round(EXECUTIONS / seconds),
    serverCpuMsPerExecution:
      serverCpuBefore === null || serverCpuAfter === null ? null : round((serverCpuAfter - serverCpuBefore) / EXECUTIONS, 2),
    clientCpuMsPerExecution: round((clientCpu.user + clientCpu.system) / 1000 / EXECUTIONS, 2),
    statuses,
  };
}

function round(value: number, digits = 1): number {
  return Number(value.toFixed(digits));
}

function summarise(runs: RunResult[]) {
  const rates = runs.map((run) => run.executionsPerSecond);
  const serverCpu = runs.map((run) => run.serverCpuMsPerExecution).filter((ms): ms is number => ms !== null);
  return {
    medianExecutionsPerSecond: round(median(rates)),
    minExecutionsPerSecond: Math.min(...rates),
    maxExecutionsPerSecond: Math.max(...rates),
    medianServerCpuMsPerExecution: serverCpu.length ? round(median(serverCpu), 2) : null,
    medianClientCpuMsPerExecution: round(median(runs.map((run) => run.clientCpuMsPerExecution)), 2),
    statuses: runs.map((run) => run.statuses),
    byRound: runs.map((run) => ({ executionsHeldAtStart: run.executionsHeldAtStart, executionsPerSecond: run.executionsPerSecond })),
  };
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

async function pageLongHistory(sfn: SFNClient, url: string) {
  const { stateMachineArn: loopArn } = await sfn.send(
    new CreateStateMachineCommand({ name: 'long-loop', definition: LOOP, roleArn: ROLE_ARN }),
  );
  const runStarted = performance.now();
  const { executionArn: longArn } = await sfn.send(new StartExecutionCommand({ stateMachineArn: loopArn }));
  const longStatus = await waitForEnd(sdkClient(sfn), longArn!);
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
    return { client: 'sdk', maxResults, reverseOrder, events, pages, totalMs: Math.round(totalMs), msPerPage: round(totalMs / pages, 2) };
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
    return { client: 'fetch', maxResults, events, pages, totalMs: Math.round(totalMs), msPerPage: round(totalMs / pages, 2) };
  };
  return {
    status: longStatus,
    runSeconds: round(longRunSeconds, 2),
    paging: [await pageThrough(1000), await pageThrough(1000, true), await pageThrough(100), await pageThroughRaw(1000)],
  };
}

const dataDirs: string[] = [];
const servers: Server[] = [];
const newDataDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'statescope-bench-'));
  dataDirs.push(dir);
  return dir;
};
try {
  const starting: Array<Promise<[string, EmulatorProcess]>> = [startEmulatorProcess(newDataDir()).then((p) => ['statescope', p])];
  if (BASELINE_DIR)
    starting.push(startEmulatorProcess(newDataDir(), [], path.resolve(BASELINE_DIR)).then((p) => ['statescope-baseline', p]));
  if (hasStepFunctionsLocal()) starting.push(startStepFunctionsLocal().then((p) => ['stepfunctions-local', p]));
  starting.push(startAnswerOnlyServer().then((p) => [ANSWER_ONLY, p]));
  for (const [name, started] of await Promise.all(starting)) {
    const server: Server = { name, process: started, sfn: sfnFor(started.url), machines: new Map(), executionsHeld: 0 };
    for (const workflow of WORKFLOWS) {
      if (workflow.emulatorOnly && (name === 'stepfunctions-local' || name === ANSWER_ONLY)) continue;
      const { stateMachineArn } = await server.sfn.send(
        new CreateStateMachineCommand({ name: workflow.name, definition: workflow.definition, roleArn: ROLE_ARN }),
      );
      server.machines.set(workflow.name, stateMachineArn!);
    }
    servers.push(server);
  }

  const runs = new Map<string, RunResult[]>();
  const key = (workflow: Workflow, client: string, server: Server) => `${workflow.name}\u0000${client}\u0000${server.name}`;
  for (let round = 0; round < ROUNDS; round++) {
    for (const workflow of WORKFLOWS) {
      for (const clientKind of CLIENTS) {
        // Alternate who goes first, so neither always meets the machine warmer or busier.
        const order = round % 2 === 0 ? servers : [...servers].reverse();
        for (const server of order) {
          if (!server.machines.has(workflow.name)) continue;
          const client = clientKind === 'sdk' ? sdkClient(server.sfn) : httpClient(server.process.url);
          // A short warm-up on the first round (JIT, module loading, the first schema compilation).
          if (round === 0) await runOnce(server, workflow, client);
          const k = key(workflow, clientKind, server);
          runs.set(k, [...(runs.get(k) ?? []), await runOnce(server, workflow, client)]);
        }
      }
    }
  }

  const results: Record<string, unknown> = {};
  for (const workflow of WORKFLOWS) {
    for (const clientKind of CLIENTS) {
      const byServer: Record<string, ReturnType<typeof summarise>> = {};
      for (const server of servers) {
        const serverRuns = runs.get(key(workflow, clientKind, server));
        if (serverRuns) byServer[server.name] = summarise(serverRuns);
      }
      const rate = (name: string) => byServer[name]?.medianExecutionsPerSecond;
      const ratios: Record<string, number> = {};
      const ratio = (label: string, over: string, under: string) => {
        const [a, b] = [rate(over), rate(under)];
        if (a !== undefined && b !== undefined) ratios[label] = round(a / b, 2);
      };
      ratio('statescopeOverStepFunctionsLocal', 'statescope', 'stepfunctions-local');
      ratio('statescopeOverBaseline', 'statescope', 'statescope-baseline');
      ratio('statescopeOverAnswerOnly', 'statescope', ANSWER_ONLY);
      // The ceiling: no server can beat stepfunctions-local by more than this with this client here.
      ratio('answerOnlyOverStepFunctionsLocal', ANSWER_ONLY, 'stepfunctions-local');
      // What each server spends per execution, whatever bounds the rate: the client's share is left out.
      const peerCpu = byServer['stepfunctions-local']?.medianServerCpuMsPerExecution;
      const ourCpu = byServer.statescope?.medianServerCpuMsPerExecution;
      if (peerCpu && ourCpu) ratios.stepFunctionsLocalServerCpuOverStatescope = round(peerCpu / ourCpu, 2);
      results[`${workflow.name} (${clientKind})`] = { ...byServer, ...ratios };
    }
  }
  const ours = servers[0]!;
  const result = {
    benchmark: 'emulator-throughput',
    node: process.version,
    cpus: cpus().length,
    loadAverageAtStart: loadavg().map((load) => round(load, 2)),
    rounds: ROUNDS,
    executionsPerRound: EXECUTIONS,
    concurrency: CONCURRENCY,
    baseline: BASELINE_DIR ?? null,
    stepFunctionsLocal: hasStepFunctionsLocal() ? '1.3.1' : 'not installed',
    results,
    longHistory: await pageLongHistory(ours.sfn, ours.process.url),
    emulatorPeakRssMb: peakRssMb(ours.process.child.pid!),
    loadAverageAtEnd: loadavg().map((load) => round(load, 2)),
  };
  console.log(JSON.stringify(result, null, 2));
} finally {
  await Promise.all(
    servers.map(({ process: server }) => {
      const exited = new Promise((resolve) => server.child.once('exit', resolve));
      server.stop();
      return exited;
    }),
  );
  for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
}
