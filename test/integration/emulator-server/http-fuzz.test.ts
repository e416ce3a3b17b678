import http from 'node:http';
import { CreateStateMachineCommand, ListStateMachinesCommand, StartExecutionCommand } from '@aws-sdk/client-sfn';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startEmulator, type RunningEmulator } from '@/lib/emulator/start-emulator';
import { FIXED, hostileRequest, loadSeedDefinitions, ROLE_ARN, type HttpRequestSpec } from '../../support/emulator-server/hostile-requests';
import { makeClient, makeDataDir } from '../../support/emulator-server/start-test-emulator';

/**
 * Fuzz of the emulator's HTTP API with the real engine: hostile requests of every kind (garbled
 * bodies, wrong types in each field, mutated seed definitions, deep nesting, huge strings, bad
 * targets, methods and content types). Each must be answered within 2 s, bad input with an AWS-shaped
 * 4xx, never a 5xx; nothing may be logged as an unexpected failure; the server serves afterwards.
 * STATESCOPE_FUZZ_SEED replays a run, STATESCOPE_FUZZ_RUNS changes its length.
 */

const RUNS = Number(process.env.STATESCOPE_FUZZ_RUNS ?? 300);
const SEED = Number(process.env.STATESCOPE_FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const ANSWER_WITHIN_MS = 2_000;

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string; ms: number } | { hang: true; ms: number };

/** Sends one request; a request not answered within ANSWER_WITHIN_MS is a hang. */
function send(port: number, spec: HttpRequestSpec): Promise<Answer> {
  const started = performance.now();
  return new Promise((resolve) => {
    const request = http.request(
      {
        host: '127.0.0.1',
        port,
        method: spec.method,
        path: spec.path,
        headers: { ...spec.headers, 'Content-Length': String(spec.body.length) },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          clearTimeout(timer);
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString('utf8'),
            ms: performance.now() - started,
          });
        });
      },
    );
    const timer = setTimeout(() => {
      request.destroy();
      resolve({ hang: true, ms: performance.now() - started });
    }, ANSWER_WITHIN_MS);
    // A reset instead of an answer is recorded as a hang too: the client got nothing it could use.
    request.on('error', () => {
      clearTimeout(timer);
      resolve({ hang: true, ms: performance.now() - started });
    });
    request.end(spec.body);
  });
}

/** What is wrong with an answer, or undefined when it is what AWS would send. */
function problemWith(answer: Answer): string | undefined {
  if ('hang' in answer) return `no answer within ${ANSWER_WITHIN_MS} ms`;
  if (answer.ms > ANSWER_WITHIN_MS) return `answered after ${Math.round(answer.ms)} ms`;
  if (answer.status >= 500) return `HTTP ${answer.status}: ${answer.body.slice(0, 300)}`;
  if (typeof answer.headers['x-amzn-requestid'] !== 'string') return 'no x-amzn-RequestId header';
  let body: unknown;
  try {
    body = JSON.parse(answer.body);
  } catch {
    return `HTTP ${answer.status} with a body that is not JSON: ${answer.body.slice(0, 100)}`;
  }
  if (answer.status >= 400) {
    const { __type: type, message } = (body ?? {}) as { __type?: unknown; message?: unknown };
    if (typeof type !== 'string' || typeof message !== 'string')
      return `HTTP ${answer.status} without __type and message: ${answer.body.slice(0, 200)}`;
    if (answer.headers['x-amzn-errortype'] === undefined) return `HTTP ${answer.status} without x-amzn-ErrorType`;
  } else if (answer.status !== 200) {
    return `unexpected HTTP ${answer.status}`;
  }
  return undefined;
}

describe('hostile requests against the emulator’s HTTP API', () => {
  const data = makeDataDir();
  let emulator: RunningEmulator;

  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, dataDir: data.dir, timeScale: 0 });
    const sfn = makeClient(emulator);
    const definition = JSON.stringify({ StartAt: 'P', States: { P: { Type: 'Pass', End: true } } });
    await sfn.send(new CreateStateMachineCommand({ name: FIXED.machineName, definition, roleArn: ROLE_ARN }));
    await sfn.send(new CreateStateMachineCommand({ name: 'fuzz-express', definition, roleArn: ROLE_ARN, type: 'EXPRESS' }));
    await sfn.send(new StartExecutionCommand({ stateMachineArn: FIXED.machineArn, name: 'fuzz-run' }));
    await emulator.whenIdle();
  });

  afterAll(async () => {
    await emulator.close();
    data.remove();
  });

  it(`answers each of ${RUNS} within ${ANSWER_WITHIN_MS} ms, bad input with an AWS-shaped 4xx, and keeps serving`, async () => {
    const unexpected = vi.spyOn(console, 'error');
    const byStatus = new Map<string, number>();
    const byKind = new Map<string, number>();
    let slowest = 0;
    const started = performance.now();
    console.log(`http fuzz: seed ${SEED}, ${RUNS} runs (STATESCOPE_FUZZ_SEED=${SEED} replays this run)`);
    try {
      await fc.assert(
        fc.asyncProperty(hostileRequest(loadSeedDefinitions()), async (request) => {
          const answer = await send(emulator.port, request.spec);
          const status = 'hang' in answer ? 'no answer' : String(answer.status);
          byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
          byKind.set(request.kind, (byKind.get(request.kind) ?? 0) + 1);
          slowest = Math.max(slowest, answer.ms);
          const problem = problemWith(answer);
          if (problem) throw new Error(`${request.kind} (${request.recipe}): ${problem}`);
          if (unexpected.mock.calls.length > 0)
            throw new Error(`${request.kind} (${request.recipe}): logged ${String(unexpected.mock.calls[0]![0])}`);
        }),
        { numRuns: RUNS, seed: SEED },
      );
    } finally {
      const tally = (map: Map<string, number>) =>
        [...map]
          .sort()
          .map(([k, v]) => `${k}: ${v}`)
          .join(', ');
      console.log(
        `http fuzz: ${[...byStatus.values()].reduce((a, b) => a + b, 0)} requests in ${Math.round(performance.now() - started)} ms; ` +
          `by status ${tally(byStatus)}; by kind ${tally(byKind)}; slowest answer ${Math.round(slowest)} ms`,
      );
      unexpected.mockRestore();
    }

    // The executions the fuzz started end, and the emulator still answers ordinary calls.
    await emulator.whenIdle();
    await expect(makeClient(emulator).send(new ListStateMachinesCommand({ maxResults: 1 }))).resolves.toMatchObject({
      stateMachines: [{ name: FIXED.machineName }],
    });
  }, 120_000);
});
