import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SFNClient } from '@aws-sdk/client-sfn';
import { startEmulatorServer, type EmulatorOptions, type RunningEmulator } from '@/lib/emulator/start-emulator-server';
import { fakeEngine, noTasks } from './fake-engine';

export const ROLE_ARN = 'arn:aws:iam::123456789012:role/DummyRole';

export function makeDataDir(): { dir: string; remove(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'statescope-emulator-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The real SDK client, pointed at the emulator as a user would point it at AWS. */
export function makeClient(emulator: RunningEmulator, region = 'us-east-1', maxAttempts = 1): SFNClient {
  return new SFNClient({
    endpoint: emulator.url,
    region,
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    maxAttempts,
  });
}

export function startFakeEmulator(options: EmulatorOptions & { dataDir: string }): Promise<RunningEmulator> {
  return startEmulatorServer({ port: 0, ...options }, fakeEngine, noTasks);
}
