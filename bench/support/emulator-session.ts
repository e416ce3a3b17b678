import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { SFNClient } from '@aws-sdk/client-sfn';
import { benchSfnClient } from './bench-aws';
import { startEmulatorProcess, type EmulatorProcess } from './start-emulator-process';

export interface EmulatorSession {
  emulator: EmulatorProcess;
  sfn: SFNClient;
  /** What to close when the bench ends, most recent first: add servers and browsers with `unshift`. */
  cleanups: (() => unknown)[];
}

/** Runs every cleanup, most recent first; one that fails is reported and the rest still run. */
export async function runCleanups(cleanups: readonly (() => unknown)[]): Promise<void> {
  for (const cleanup of cleanups) await Promise.resolve(cleanup()).catch((error: unknown) => console.error('cleanup:', error));
}

/**
 * `statescope emulator` in its own process on a fresh data folder (`name` names it), with a client,
 * for the length of `run`; then everything in `cleanups` is closed and the folder removed.
 */
export async function withEmulatorSession<T>(
  name: string,
  run: (session: EmulatorSession) => Promise<T>,
  extraArgs: readonly string[] = [],
): Promise<T> {
  const dataDir = mkdtempSync(path.join(tmpdir(), `statescope-bench-${name}-`));
  const cleanups: (() => unknown)[] = [() => rmSync(dataDir, { recursive: true, force: true })];
  try {
    const emulator = await startEmulatorProcess(dataDir, extraArgs);
    cleanups.unshift(() => emulator.stop());
    const sfn = benchSfnClient(emulator.url);
    cleanups.unshift(() => sfn.destroy());
    return await run({ emulator, sfn, cleanups });
  } finally {
    await runCleanups(cleanups);
  }
}
