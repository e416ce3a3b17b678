import type { SFNClient } from '@aws-sdk/client-sfn';
import { createStateMachine, runExecution } from './test-emulator';

export interface AdapterFixture {
  passArn: string;
  failArn: string;
  mapArn: string;
  succeededExecutionArns: string[];
  failedExecutionArn: string;
  /** A Map over 400 items: more than 1,600 events, so GetExecutionHistory needs two pages. */
  longExecutionArn: string;
}

const PASS_DEFINITION = {
  StartAt: 'Greet',
  States: { Greet: { Type: 'Pass', Result: { greeting: 'hello' }, ResultPath: '$.out', End: true } },
};

const FAIL_DEFINITION = {
  StartAt: 'CheckAge',
  States: { CheckAge: { Type: 'Fail', Error: 'AgeTooLow', Cause: 'Children must be at least 2 years old' } },
};

const MAP_DEFINITION = {
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

/** Small machines using only Pass, Fail and Map, so no Lambda handler is involved. */
export async function createAdapterFixture(sfn: SFNClient): Promise<AdapterFixture> {
  const passArn = await createStateMachine(sfn, 'adapter-pass', PASS_DEFINITION);
  const failArn = await createStateMachine(sfn, 'adapter-fail', FAIL_DEFINITION);
  const mapArn = await createStateMachine(sfn, 'adapter-map', MAP_DEFINITION);
  const succeededExecutionArns = [
    await runExecution(sfn, passArn, 'pass-1', { n: 1 }),
    await runExecution(sfn, passArn, 'pass-2', { n: 2 }),
    await runExecution(sfn, passArn, 'pass-3', { n: 3 }),
  ];
  const failedExecutionArn = await runExecution(sfn, failArn, 'age-1', { age: 1 });
  const items = Array.from({ length: 400 }, (_, index) => index);
  const longExecutionArn = await runExecution(sfn, mapArn, 'long-map', { items });
  return { passArn, failArn, mapArn, succeededExecutionArns, failedExecutionArn, longExecutionArn };
}
