import { ListStateMachinesCommand, ListExecutionsCommand, SFNClient } from '@aws-sdk/client-sfn';
import { describe, expect, it } from 'vitest';
import { startCostEmulator } from '../../support/cost/cost-emulator';

describe('emulator throttling for every action (`*`, as `statescope emulator --throttle-rate` sets it)', () => {
  it("answers AWS's ThrottlingException once an action's own bucket is empty", async () => {
    const emulator = await startCostEmulator({ '*': { bucket: 1, refillPerSecond: 0.001 } });
    const sfn = new SFNClient({
      endpoint: emulator.url,
      region: 'us-east-1',
      credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
      maxAttempts: 1,
    });
    try {
      await sfn.send(new ListStateMachinesCommand({}));
      const error = await sfn.send(new ListStateMachinesCommand({})).catch((caught: unknown) => caught);
      expect(error).toMatchObject({ name: 'ThrottlingException', message: 'Rate exceeded', $metadata: { httpStatusCode: 400 } });
      // Each action has its own bucket, as in AWS's quota table.
      const other = await sfn
        .send(new ListExecutionsCommand({ stateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:none' }))
        .catch((caught: unknown) => caught);
      expect(other).toMatchObject({ name: 'StateMachineDoesNotExist' });
    } finally {
      sfn.destroy();
      await emulator.close();
    }
  });
});
