import { Worker } from 'node:worker_threads';
import type { FuzzReply, FuzzRequest, OutcomeKind } from './fuzz-protocol';

export interface FuzzOutcome {
  kind: OutcomeKind | 'hang';
  message: string;
  ms: number;
}

/**
 * Runs entry points on a worker thread with a watchdog: a synchronous endless loop cannot be
 * interrupted in the thread running it, but the thread can be terminated from outside, which
 * turns a hang into a reported failure instead of a frozen test run.
 */
export class FuzzRunner {
  private worker: Worker | null = null;
  private nextId = 0;
  private queue: Promise<void> = Promise.resolve();
  private pending: { id: number; worker: Worker; resolve: (outcome: FuzzOutcome) => void; started: number; timer: NodeJS.Timeout } | null =
    null;

  constructor(private readonly timeoutMs: number) {}

  private async start(): Promise<Worker> {
    // The main thread's stack (about 1 MB; a worker's is 4 MB by default), so an input that would
    // overflow the CLI's or the browser's stack overflows here too.
    const worker = new Worker(new URL('./fuzz-worker.mjs', import.meta.url), { resourceLimits: { stackSizeMb: 1 } });
    await new Promise<void>((resolve, reject) => {
      const onMessage = (message: unknown) => {
        if (message !== 'ready') return;
        worker.off('message', onMessage);
        worker.off('error', reject);
        resolve();
      };
      worker.on('message', onMessage);
      worker.once('error', reject);
    });
    worker.on('message', (reply: FuzzReply) => this.settle(worker, reply.id, reply.kind, reply.message));
    // A worker that dies (out of memory, an error outside the entry point) fails the input it ran.
    worker.on('error', (error) => this.settle(worker, this.pending?.id ?? -1, 'crash', `worker error: ${error.name}: ${error.message}`));
    worker.on('exit', (code) => {
      if (this.worker === worker) this.worker = null;
      this.settle(worker, this.pending?.id ?? -1, 'crash', `worker exited with code ${code}`);
    });
    this.worker = worker;
    return worker;
  }

  private settle(worker: Worker, id: number, kind: FuzzOutcome['kind'], message: string): void {
    const pending = this.pending;
    // A terminated worker's exit, or a late answer, must not settle a later input.
    if (!pending || pending.id !== id || pending.worker !== worker) return;
    clearTimeout(pending.timer);
    this.pending = null;
    pending.resolve({ kind, message, ms: performance.now() - pending.started });
  }

  /** Runs one input; calls queue, so one input runs at a time and each answer finds its caller. */
  run(request: Omit<FuzzRequest, 'id'>): Promise<FuzzOutcome> {
    const outcome = this.queue.then(() => this.runNow(request));
    this.queue = outcome.then(
      () => undefined,
      () => undefined,
    );
    return outcome;
  }

  private async runNow(request: Omit<FuzzRequest, 'id'>): Promise<FuzzOutcome> {
    const worker = this.worker ?? (await this.start());
    const id = ++this.nextId;
    return new Promise<FuzzOutcome>((resolve) => {
      const timer = setTimeout(() => {
        this.worker = null;
        this.settle(worker, id, 'hang', `no answer within ${this.timeoutMs} ms`);
        void worker.terminate();
      }, this.timeoutMs);
      this.pending = { id, worker, resolve, started: performance.now(), timer };
      worker.postMessage({ ...request, id } satisfies FuzzRequest);
    });
  }

  /** Starts the worker ahead of the first input, so its start-up is not counted against it. */
  async warmUp(): Promise<void> {
    if (!this.worker) await this.start();
  }

  async stop(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }
}
