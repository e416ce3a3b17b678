import type { CostReviewOptions } from '@/lib/services/review-state-machine-cost';
import type { StateMachineCostReview } from '@/lib/cost/build-cost-review';
import type { ApiCallCounts, CostTarget } from '@/lib/cost/cost-report';
import type { PriceTable } from '@/lib/cost/price-table';
import { regionFromArn } from '@/lib/cost/region-from-arn';
import { buildExecutionTimeline } from '@/lib/history/build-execution-timeline';
import { describeLogCoverage } from '@/lib/history/describe-log-coverage';
import type { LogLevel } from '@/lib/history/log-levels';
import { parseHistoryDocument, readJsonDocument, type ParsedHistory } from '@/lib/history/parse-history-document';
import { groupLogRecords, readLogRecords } from '@/lib/history/read-log-records';
import { toLogExecutionEvent } from '@/lib/history/to-log-execution-event';
import { isLogDocument } from './timeline-logs';
import { readTextFile } from '../shared/read-text-file';

/** What `statescope cost` prices: one execution, or several from a file of log records. */
export interface CostTargets {
  executions: CostTarget[];
  /** The input is Express by nature (log records, an Express ARN): price it so unless --type says otherwise. */
  express: boolean;
}

function fileRegion(region: string | undefined): { region: string; regionSource: string } {
  const fromEnv = process.env.AWS_REGION?.trim();
  return {
    region: region ?? fromEnv ?? 'us-east-1',
    regionSource: region ? '--region' : fromEnv ? 'AWS_REGION' : 'assumed: a history file names no region; pass --region',
  };
}

function coverageOf(coverage: { level: LogLevel; missing: string[] }): Pick<CostTarget, 'logLevel' | 'logGaps'> {
  return { logLevel: coverage.level, logGaps: coverage.missing };
}

function regionOfArn(executionArn: string): string | undefined {
  try {
    return regionFromArn(executionArn);
  } catch {
    return undefined;
  }
}

/** One target per execution in a file of CloudWatch Logs records, with what its records leave out. */
function readLogTargets(document: unknown, file: string, region: string | undefined): CostTargets {
  const executions = groupLogRecords(readLogRecords(document, file));
  if (executions.length === 0) throw new Error(`${file} holds no Step Functions log records`);
  const where = executions.length === 1 ? fileRegion(region) : undefined;
  return {
    express: true,
    executions: executions.map((execution) => {
      const at = `${file} (${execution.executionArn || 'no execution_arn'})`;
      const arnRegion = !region && execution.executionArn ? regionOfArn(execution.executionArn) : undefined;
      return {
        timeline: buildExecutionTimeline(
          execution.records.map((record, eventIndex) => toLogExecutionEvent(record, { source: at, eventIndex })),
        ),
        executionArn: execution.executionArn || file,
        ...(arnRegion ? { region: arnRegion, regionSource: 'the execution ARN in the log' } : (where ?? fileRegion(region))),
        ...coverageOf(describeLogCoverage(undefined, execution.records)),
      };
    }),
  };
}

/** A history file or a file of CloudWatch Logs records, read and parsed once. */
async function readFileTargets(file: string, region: string | undefined): Promise<CostTargets> {
  let text: string;
  try {
    text = await readTextFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(`cannot read ${file}${code === 'ENOENT' ? ': no such file' : code ? ` (${code})` : ''}`);
  }
  const history = (parsed: ParsedHistory): CostTargets => ({
    express: false,
    executions: [{ timeline: buildExecutionTimeline(parsed.events), executionArn: file, ...fileRegion(region) }],
  });
  // Drops a byte-order mark; text that is not JSON is an error naming the file.
  const document = readJsonDocument(text, file);
  if (isLogDocument(document)) return readLogTargets(document, file, region);
  return history(parseHistoryDocument(document, file));
}

/** An Express execution's history rebuilt from its state machine's CloudWatch Logs (lib/aws). */
async function readExpressArnTargets(executionArn: string, region: string | undefined): Promise<CostTargets> {
  const { readExpressExecutionRecords } = await import('@/lib/aws/read-express-execution-records');
  const { records, logging } = await readExpressExecutionRecords(executionArn);
  const timeline = buildExecutionTimeline(
    records.map((record, eventIndex) => toLogExecutionEvent(record, { source: executionArn, eventIndex })),
  );
  return {
    express: true,
    executions: [
      {
        timeline,
        executionArn,
        region: region ?? regionFromArn(executionArn),
        regionSource: region ? '--region' : 'the ARN',
        ...coverageOf(describeLogCoverage({ level: logging.level, includeExecutionData: logging.includeExecutionData }, records)),
      },
    ],
  };
}

/** A Standard execution's history from the API, without payloads, through the cost review's caller. */
async function readExecutionArnTargets(executionArn: string, region: string | undefined): Promise<CostTargets> {
  const { createCostSfnCaller } = await import('@/lib/aws/cost-sfn-caller');
  const { getExecutionHistoryWithoutData } = await import('@/lib/aws/get-execution-history-without-data');
  const callRegion = region ?? regionFromArn(executionArn);
  const caller = createCostSfnCaller({ region: callRegion });
  try {
    const events = await getExecutionHistoryWithoutData(caller, executionArn);
    const parsed = parseHistoryDocument(events, executionArn);
    return {
      express: false,
      executions: [
        {
          timeline: buildExecutionTimeline(parsed.events),
          executionArn,
          region: callRegion,
          regionSource: region ? '--region' : 'the ARN',
        },
      ],
    };
  } finally {
    caller.close();
  }
}

const EXECUTION_ARN = /^arn:[\w-]+:states:[^:]*:\d*:execution:/;
export const EXPRESS_ARN = /^arn:[\w-]+:states:[^:]*:\d*:express:/;
export const STATE_MACHINE_ARN = /^arn:[\w-]+:states:[^:]*:\d*:stateMachine:/;

/** The executions a target names: an Express or Standard execution ARN, else a file. AWS SDK modules load only for ARNs. */
export function readCostTargets(target: string, region: string | undefined): Promise<CostTargets> {
  if (EXPRESS_ARN.test(target)) return readExpressArnTargets(target, region);
  if (EXECUTION_ARN.test(target)) return readExecutionArnTargets(target, region);
  return readFileTargets(target, region);
}

export interface StateMachineReviewOptions {
  mode: 'auto' | 'exact' | 'sampled';
  /** Calls go to this region; default the ARN's. */
  region?: string;
  prices: PriceTable;
  memoryMb: number;
  onProgress: NonNullable<CostReviewOptions['onProgress']>;
}

/** A state machine's cost review (lib/services): every execution listed, histories read or sampled, cached. */
export async function reviewStateMachineTarget(
  stateMachineArn: string,
  options: StateMachineReviewOptions,
): Promise<{ review: StateMachineCostReview; apiCalls: ApiCallCounts }> {
  const { reviewStateMachineCost } = await import('@/lib/services/review-state-machine-cost');
  const { createCostSfnCaller } = await import('@/lib/aws/cost-sfn-caller');
  const { getSharedHistoryCache } = await import('@/lib/services/execution-index/shared-execution-index');
  const caller = createCostSfnCaller({ region: options.region ?? regionFromArn(stateMachineArn) });
  const cache = getSharedHistoryCache();
  try {
    return await reviewStateMachineCost(stateMachineArn, {
      mode: options.mode,
      prices: options.prices,
      expressMemoryMb: options.memoryMb,
      cache,
      caller,
      onProgress: options.onProgress,
    });
  } finally {
    caller.close();
  }
}
