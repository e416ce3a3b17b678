import { CloudWatchLogsClient, CreateLogGroupCommand, DescribeLogStreamsCommand, paginateFilterLogEvents } from '@aws-sdk/client-cloudwatch-logs';
import {
  CreateStateMachineCommand,
  DescribeStateMachineCommand,
  SFNClient,
  StartSyncExecutionCommand,
  UpdateStateMachineCommand,
} from '@aws-sdk/client-sfn';
import type { LoggingConfiguration } from '@aws-sdk/client-sfn';
import oddEven from '../seeds/definitions/odd-even.asl.json';
import { DEMO_ROLE_ARN, findStateMachineArn } from './ensure-state-machine';

export const EXPRESS_DEMO_STATE_MACHINE = 'odd-even-express';
export const EXPRESS_DEMO_LOG_GROUP = '/aws/vendedlogs/states/odd-even-express';
/** The failed execution the end-to-end test opens: N is a word, so calculateRemainder throws. */
export const EXPRESS_DEMO_FAILED_NAME = 'odd-even-express-not-a-number';
export const DEFAULT_EXPRESS_DEMO_COUNT = 2_000;
const CONCURRENCY = 24;

export interface ExpressDemoSummary {
  stateMachineArn: string;
  logGroupName: string;
  /** Express executions whose records the demo's log group holds (a re-run starts none). */
  executions: number;
  failed: number;
  /** The failed execution named EXPRESS_DEMO_FAILED_NAME. */
  failedExecutionArn?: string;
}

export interface SeedExpressDemoOptions {
  /** Step Functions and CloudWatch Logs endpoint (the emulator serves both on one port). */
  endpoint: string;
  region: string;
  accountId?: string;
  /** Executions to start. Default DEFAULT_EXPRESS_DEMO_COUNT. */
  count?: number;
  log?: (line: string) => void;
}

function loggingConfiguration(region: string, accountId: string): LoggingConfiguration {
  return {
    level: 'ALL',
    includeExecutionData: true,
    destinations: [{ cloudWatchLogsLogGroup: { logGroupArn: `arn:aws:logs:${region}:${accountId}:log-group:${EXPRESS_DEMO_LOG_GROUP}:*` } }],
  };
}

/** The demo's inputs: mostly numbers (even and odd), every 25th a word, which fails in calculateRemainder. */
export function expressDemoInput(index: number): { N: number | string } {
  return index % 25 === 24 ? { N: 'seven' } : { N: (index * 7919) % 1000 - 500 };
}

async function ensureExpressMachine(sfn: SFNClient, options: SeedExpressDemoOptions, accountId: string): Promise<string> {
  const definition = JSON.stringify(oddEven, null, 2);
  const logging = loggingConfiguration(options.region, accountId);
  const arn = await findStateMachineArn(sfn, EXPRESS_DEMO_STATE_MACHINE);
  if (!arn) {
    const created = await sfn.send(
      new CreateStateMachineCommand({ name: EXPRESS_DEMO_STATE_MACHINE, type: 'EXPRESS', definition, roleArn: DEMO_ROLE_ARN, loggingConfiguration: logging }),
    );
    return created.stateMachineArn!;
  }
  const current = await sfn.send(new DescribeStateMachineCommand({ stateMachineArn: arn }));
  if (current.definition !== definition || JSON.stringify(current.loggingConfiguration) !== JSON.stringify(logging)) {
    await sfn.send(new UpdateStateMachineCommand({ stateMachineArn: arn, definition, roleArn: DEMO_ROLE_ARN, loggingConfiguration: logging }));
  }
  return arn;
}

async function hasDemoRecords(logs: CloudWatchLogsClient): Promise<boolean> {
  const streams = await logs.send(new DescribeLogStreamsCommand({ logGroupName: EXPRESS_DEMO_LOG_GROUP, limit: 1 }));
  return (streams.logStreams?.length ?? 0) > 0;
}

/** What an earlier run left in the log group: executions started, failed, and the named failure. */
async function readSeededExecutions(logs: CloudWatchLogsClient, base: ExpressDemoSummary): Promise<ExpressDemoSummary> {
  const summary = { ...base };
  const pages = paginateFilterLogEvents(
    { client: logs },
    { logGroupName: EXPRESS_DEMO_LOG_GROUP, filterPattern: '{ $.type = "ExecutionStarted" || $.type = "ExecutionFailed" }' },
  );
  for await (const page of pages) {
    for (const event of page.events ?? []) {
      const record = JSON.parse(event.message ?? '{}') as { type?: string; execution_arn?: string };
      if (record.type === 'ExecutionStarted') summary.executions++;
      if (record.type !== 'ExecutionFailed') continue;
      summary.failed++;
      if (record.execution_arn?.includes(`:${EXPRESS_DEMO_FAILED_NAME}:`)) summary.failedExecutionArn = record.execution_arn;
    }
  }
  return summary;
}

/**
 * The Express version of the odd/even seed: logging ALL with execution data to a vended-logs group,
 * and `count` synchronous starts run a few dozen at a time. A re-run keeps the records already there.
 */
export async function seedExpressDemo(options: SeedExpressDemoOptions): Promise<ExpressDemoSummary> {
  const common = {
    endpoint: options.endpoint,
    region: options.region,
    credentials: { accessKeyId: 'statescope-demo', secretAccessKey: 'statescope-demo' },
  };
  // Without disableHostPrefix the SDK sends StartSyncExecution to sync-<host> (aws-facts §2.0).
  const sfn = new SFNClient({ ...common, disableHostPrefix: true });
  const logs = new CloudWatchLogsClient(common);
  try {
    return await seedWith(sfn, logs, options);
  } finally {
    sfn.destroy();
    logs.destroy();
  }
}

async function seedWith(sfn: SFNClient, logs: CloudWatchLogsClient, options: SeedExpressDemoOptions): Promise<ExpressDemoSummary> {
  const log = options.log ?? (() => {});
  const accountId = options.accountId ?? DEMO_ROLE_ARN.split(':')[4]!;
  try {
    await logs.send(new CreateLogGroupCommand({ logGroupName: EXPRESS_DEMO_LOG_GROUP }));
  } catch (error) {
    if (!(error instanceof Error && error.name === 'ResourceAlreadyExistsException')) throw error;
  }
  const stateMachineArn = await ensureExpressMachine(sfn, options, accountId);
  const summary: ExpressDemoSummary = { stateMachineArn, logGroupName: EXPRESS_DEMO_LOG_GROUP, executions: 0, failed: 0 };
  if (await hasDemoRecords(logs)) {
    const kept = await readSeededExecutions(logs, summary);
    log(`kept    ${EXPRESS_DEMO_STATE_MACHINE}: its log group already holds ${kept.executions} Express executions`);
    return kept;
  }
  const count = options.count ?? DEFAULT_EXPRESS_DEMO_COUNT;
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const index = next++;
      const name = index === count - 1 ? EXPRESS_DEMO_FAILED_NAME : `odd-even-express-${index + 1}`;
      const input = index === count - 1 ? { N: 'seven' } : expressDemoInput(index);
      const out = await sfn.send(new StartSyncExecutionCommand({ stateMachineArn, name, input: JSON.stringify(input) }));
      summary.executions++;
      if (out.status === 'FAILED') summary.failed++;
      if (name === EXPRESS_DEMO_FAILED_NAME) summary.failedExecutionArn = out.executionArn;
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, count) }, worker));
  log(`started ${summary.executions} Express executions of ${EXPRESS_DEMO_STATE_MACHINE} (${summary.failed} failed), logged to ${EXPRESS_DEMO_LOG_GROUP}`);
  return summary;
}
