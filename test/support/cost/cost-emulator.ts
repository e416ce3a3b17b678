import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SFNClient, StartExecutionCommand } from '@aws-sdk/client-sfn';
import type { EmulatorOptions } from '@/lib/emulator/start-emulator';
import { createStateMachine } from '../aws/test-emulator';

export interface CostEmulator {
  url: string;
  sfn: SFNClient;
  whenIdle: () => Promise<void>;
  close: () => Promise<void>;
}

/** The embedded emulator on a free port, optionally throttling; a client of the test's own for set-up. */
export async function startCostEmulator(throttle?: EmulatorOptions['throttle']): Promise<CostEmulator> {
  const { startEmulator } = await import('@/lib/emulator/start-emulator');
  const dataDir = mkdtempSync(join(tmpdir(), 'statescope-cost-'));
  const emulator = await startEmulator({ port: 0, host: '127.0.0.1', dataDir, timeScale: 0.001, throttle });
  const sfn = new SFNClient({
    endpoint: emulator.url,
    region: 'us-east-1',
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    disableHostPrefix: true,
    maxAttempts: 20,
  });
  return {
    url: emulator.url,
    sfn,
    whenIdle: () => emulator.whenIdle(),
    close: async () => {
      sfn.destroy();
      await emulator.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * A Map over `$.items` running one Pass per item: 1 + items transitions
 * (docs/aws-behaviour.md#pricing-for-standard-workflows).
 */
export const MAP_OF_PASS = {
  StartAt: 'EachItem',
  States: {
    EachItem: {
      Type: 'Map',
      ItemsPath: '$.items',
      Iterator: { StartAt: 'Touch', States: { Touch: { Type: 'Pass', End: true } } },
      End: true,
    },
  },
};

/** Stays RUNNING for the whole test (a day's Wait, even at time scale 0.001). */
export const LONG_WAIT = { StartAt: 'Hold', States: { Hold: { Type: 'Wait', Seconds: 86_400, End: true } } };

export async function createMachine(sfn: SFNClient, name: string, definition: object): Promise<string> {
  return createStateMachine(sfn, name, definition);
}

/** Starts `count` executions of the Map machine, the n-th over n items, and waits for them all. */
export async function startMapExecutions(emulator: CostEmulator, stateMachineArn: string, count: number): Promise<void> {
  for (let n = 0; n < count; n++) {
    const items = Array.from({ length: n }, (_, index) => index);
    await emulator.sfn.send(new StartExecutionCommand({ stateMachineArn, name: `run-${n}`, input: JSON.stringify({ items }) }));
  }
  await emulator.whenIdle();
}
