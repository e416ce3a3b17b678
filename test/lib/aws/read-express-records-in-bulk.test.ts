import { StartSyncExecutionCommand } from '@aws-sdk/client-sfn';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readExpressRecordsInBulk } from '@/lib/aws/read-express-records-in-bulk';
import { DUMMY_CREDENTIALS, setAwsEnv } from '../../support/aws/aws-env';
import { createLoggedMachine, startExpressEmulator, type ExpressEmulator } from '../../support/express/express-emulator';

const LOG_GROUP = '/aws/vendedlogs/states/bulk-pass';
const PASS = { StartAt: 'Only', States: { Only: { Type: 'Pass', End: true } } };

describe('readExpressRecordsInBulk (emulator, real SDK)', () => {
  let env: ExpressEmulator;
  let restore: () => void;
  let stateMachineArn: string;
  const runs: { arn: string; startedAt: Date }[] = [];

  beforeAll(async () => {
    env = await startExpressEmulator();
    restore = setAwsEnv({ AWS_ENDPOINT_URL: env.url, AWS_REGION: 'us-east-1', ...DUMMY_CREDENTIALS });
    stateMachineArn = await createLoggedMachine(env.sfn, 'bulk-pass', PASS, {
      level: 'ALL',
      includeExecutionData: false,
      logGroupName: LOG_GROUP,
    });
    for (let n = 1; n <= 4; n++) {
      const out = await env.sfn.send(new StartSyncExecutionCommand({ stateMachineArn, name: `run-${n}`, input: '{}' }));
      if (!out.executionArn || !out.startDate) throw new Error('StartSyncExecution returned no ARN or start date');
      runs.push({ arn: out.executionArn, startedAt: out.startDate });
    }
    await env.emulator.whenIdle();
  });

  afterAll(async () => {
    restore?.();
    await env?.close();
  });

  it('keeps the records of the wanted executions only, grouped by execution', async () => {
    const wanted = runs.slice(1, 3);
    const found = await readExpressRecordsInBulk({ logGroupName: LOG_GROUP, stateMachineArn, executions: wanted });
    expect(found && [...found.keys()].sort()).toEqual(wanted.map((run) => run.arn).sort());
    for (const records of found?.values() ?? []) expect(records.map((record) => record.type)).toContain('ExecutionSucceeded');
  });

  it('gives up (undefined) once the sweep scans more records than the cap', async () => {
    expect(await readExpressRecordsInBulk({ logGroupName: LOG_GROUP, stateMachineArn, executions: runs, maxRecords: 3 })).toBeUndefined();
  });
});
