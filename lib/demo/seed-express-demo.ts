import {
  CloudWatchLogsClient,
  CreateLogGroupCommand,
  DescribeLogStreamsCommand,
  paginateFilterLogEvents,
} from '@aws-sdk/client-cloudwatch-logs';
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
/** A second copy logging at ERROR without execution data, to show what such logs leave out. */
export const EXPRESS_ERRORS_ONLY_STATE_MACHINE = 'odd-even-express-errors-only';
export const EXPRESS_ERRORS_ONLY_LOG_GROUP = '/aws/vendedlogs/states/odd-even-express-errors-only';
const ERRORS_ONLY_COUNT = 50;
const CONCURRENCY = 24;

interface DemoMachine {
  name: string;
  logGroupName: string;
  level: 'ALL' | 'ERROR';
  includeExecutionData: boolean;
}

const MAIN: DemoMachine = {
  name: EXPRESS_DEMO_STATE_MACHINE,
  logGroupName: EXPRESS_DEMO_LOG_GROUP,
  level: 'ALL',
  includeExecutionData: true,
};
const ERRORS_ONLY: DemoMachine = {
  name: EXPRESS_ERRORS_ONLY_STATE_MACHINE,
  logGroupName: EXPRESS_ERRORS_ONLY_LOG_GROUP,
  level: 'ERROR',
  includeExecutionData: false,
};

export interface ExpressDemoSummary {
  stateMachineArn: string;
  logGroupName: string;
  /** Express executions whose records the demo's log group holds (a re-run starts none). */
  executions: number;
  failed: number;
  /** The failed execution named EXPRESS_DEMO_FAILED_NAME. */
  failedExecutionArn?: string;
  /** The ERROR-level copy: only its failures are in its log group. */
  errorsOnly: { stateMachineArn: string; logGroupName: string; failedExecutionArn?: string };
}

export interface SeedExpressDemoOptions {
  /** Step Functions and CloudWatch Logs endpoint (the emulator serves both on one port). */
  endpoint: string;
  region: string;
  accountId?: string;
  /** Executions of the main (ALL) machine to start. Default DEFAULT_EXPRESS_DEMO_COUNT. */
  count?: number;
  log?: (line: string) => void;
}

function loggingConfiguration(machine: DemoMachine, region: string, accountId: string): LoggingConfiguration {
  return {
    level: machine.level,
    includeExecutionData: machine.includeExecutionData,
    destinations: [{ cloudWatchLogsLogGroup: { logGroupArn: `arn:aws:logs:${region}:${accountId}:log-group:${machine.logGroupName}:*` } }],
  };
}

/** The demo's inputs: mostly numbers (even and odd), every 25th a word, which fails in calculateRemainder. */
export function expressDemoInput(index: number): { N: number | string } {
  return index % 25 === 24 ? { N: 'seven' } : { N: ((index * 7919) % 1000) - 500 };
}

async function ensureExpressMachine(
  sfn: SFNClient,
  logs: CloudWatchLogsClient,
  machine: DemoMachine,
  region: string,
  accountId: string,
): Promise<string> {
  try {
    await logs.send(new CreateLogGroupCommand({ logGroupName: machine.logGroupName }));
  } catch (error) {
    if (!(error instanceof Error && error.name === 'ResourceAlreadyExistsException')) throw error;
  }
  const definition = JSON.stringify(oddEven, null, 2);
  const logging = loggingConfiguration(machine, region, accountId);
  const arn = await findStateMachineArn(sfn, machine.name);
  if (!arn) {
    const created = await sfn.send(
      new CreateStateMachineCommand({
        name: machine.name,
        type: 'EXPRESS',
        definition,
        roleArn: DEMO_ROLE_ARN,
        loggingConfiguration: logging,
      }),
    );
    if (!created.stateMachineArn) throw new Error(`CreateStateMachine of ${machine.name} answered without a stateMachineArn`);
    return created.stateMachineArn;
  }
  const current = await sfn.send(new DescribeStateMachineCommand({ stateMachineArn: arn }));
  if (current.definition !== definition || JSON.stringify(current.loggingConfiguration) !== JSON.stringify(logging)) {
    await sfn.send(
      new UpdateStateMachineCommand({ stateMachineArn: arn, definition, roleArn: DEMO_ROLE_ARN, loggingConfiguration: logging }),
    );
  }
  return arn;
}

async function hasRecords(logs: CloudWatchLogsClient, logGroupName: string): Promise<boolean> {
  const streams = await logs.send(new DescribeLogStreamsCommand({ logGroupName, limit: 1 }));
  return (streams.logStreams?.length ?? 0) > 0;
}

/** What an earlier run left in the log group: executions started, failed, and the named failure. */
async function readSeededExecutions(
  logs: CloudWatchLogsClient,
  logGroupName: string,
): Promise<{ executions: number; failed: number; failedExecutionArn?: string }> {
  const summary: { executions: number; failed: number; failedExecutionArn?: string } = { executions: 0, failed: 0 };
  const pages = paginateFilterLogEvents(
    { client: logs },
    { logGroupName, filterPattern: '{ $.type = "ExecutionStarted" || $.type = "ExecutionFailed" }' },
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
 * and `count` synchronous starts run a few dozen at a time; plus a small copy logging only errors
 * without execution data, whose pages show what such logs leave out. A re-run keeps what is there.
 */
export async function seedExpressDemo(options: SeedExpressDemoOptions): Promise<ExpressDemoSummary> {
  const common = {
    endpoint: options.endpoint,
    region: options.region,
    credentials: { accessKeyId: 'statescope-demo', secretAccessKey: 'statescope-demo' },
  };
  // Without disableHostPrefix the SDK sends StartSyncExecution to sync-<host>
  // (docs/aws-behaviour.md#wire-protocol).
  const sfn = new SFNClient({ ...common, disableHostPrefix: true });
  const logs = new CloudWatchLogsClient(common);
  try {
    return await seedWith(sfn, logs, options);
  } finally {
    sfn.destroy();
    logs.destroy();
  }
}

/** Starts `count` executions of one machine, a few dozen at a time; the last is the named failure. */
async function startExecutions(
  sfn: SFNClient,
  stateMachineArn: string,
  count: number,
): Promise<{ executions: number; failed: number; failedExecutionArn?: string }> {
  const result: { executions: number; failed: number; failedExecutionArn?: string } = { executions: 0, failed: 0 };
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const index = next++;
      const last = index === count - 1;
      const input = last ? { N: 'seven' } : expressDemoInput(index);
      const name = last ? EXPRESS_DEMO_FAILED_NAME : `odd-even-express-${index + 1}`;
      const out = await sfn.send(new StartSyncExecutionCommand({ stateMachineArn, name, input: JSON.stringify(input) }));
      result.executions++;
      if (out.status === 'FAILED') result.failed++;
      if (last) result.failedExecutionArn = out.executionArn;
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, count) }, worker));
  return result;
}

async function seedWith(sfn: SFNClient, logs: CloudWatchLogsClient, options: SeedExpressDemoOptions): Promise<ExpressDemoSummary> {
  const log = options.log ?? (() => {});
  const accountId = options.accountId ?? DEMO_ROLE_ARN.split(':')[4];
  if (!accountId) throw new Error(`No account id in the demo role ARN ${DEMO_ROLE_ARN}`);
  const stateMachineArn = await ensureExpressMachine(sfn, logs, MAIN, options.region, accountId);
  const errorsOnlyArn = await ensureExpressMachine(sfn, logs, ERRORS_ONLY, options.region, accountId);
  const errorsOnly = { stateMachineArn: errorsOnlyArn, logGroupName: ERRORS_ONLY.logGroupName };
  if (await hasRecords(logs, MAIN.logGroupName)) {
    const kept = await readSeededExecutions(logs, MAIN.logGroupName);
    const keptErrors = await readSeededExecutions(logs, ERRORS_ONLY.logGroupName);
    log(`kept    ${EXPRESS_DEMO_STATE_MACHINE}: its log group already holds ${kept.executions} Express executions`);
    return {
      stateMachineArn,
      logGroupName: MAIN.logGroupName,
      ...kept,
      errorsOnly: { ...errorsOnly, failedExecutionArn: keptErrors.failedExecutionArn },
    };
  }
  const [main, errors] = await Promise.all([
    startExecutions(sfn, stateMachineArn, options.count ?? DEFAULT_EXPRESS_DEMO_COUNT),
    startExecutions(sfn, errorsOnlyArn, ERRORS_ONLY_COUNT),
  ]);
  log(`started ${main.executions} Express executions of ${MAIN.name} (${main.failed} failed), logged to ${MAIN.logGroupName}`);
  log(
    `started ${errors.executions} Express executions of ${ERRORS_ONLY.name} (${errors.failed} failed), only failures logged to ${ERRORS_ONLY.logGroupName}`,
  );
  return {
    stateMachineArn,
    logGroupName: MAIN.logGroupName,
    ...main,
    errorsOnly: { ...errorsOnly, ...(errors.failedExecutionArn ? { failedExecutionArn: errors.failedExecutionArn } : {}) },
  };
}
