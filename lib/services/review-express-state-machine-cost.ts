import { buildExpressCostReview, DEFAULT_EXPRESS_MEMORY_MB, type ListedExpressExecution } from '../cost/build-express-cost-review';
import type { StateMachineCostReview } from '../cost/build-cost-review';
import { estimateExecutionCost } from '../cost/estimate-execution-cost';
import type { PriceTable } from '../cost/price-table';
import { createSeededRandom, sampleWithoutReplacement } from '../cost/sample-without-replacement';
import type { ExecutionCost } from '../cost/types';
import { buildExecutionTimeline } from '../history/build-execution-timeline';
import { parseHistoryDocument } from '../history/parse-history-document';
import { readPages } from '../paging/read-pages';
import type { CostSfnCaller } from '../aws/cost-sfn-caller';
import { describeExpressLogging } from '../aws/describe-express-logging';
import { toExpressHistoryEvents } from '../aws/get-express-execution-history';
import { listExecutions } from '../aws/list-executions';
import { EXPRESS_LIST_LOOKBACK_MS } from '../aws/list-express-executions';
import { loggingOffError, readExpressExecutionRecords } from '../aws/read-express-execution-records';
import { readExpressRecordsInBulk } from '../aws/read-express-records-in-bulk';
import type { CountingHistoryCache } from './execution-index/counting-history-cache';
import type { ExecutionSummary, HistoryEventRecord } from '../domain';

export interface ExpressReviewOptions {
  mode: 'auto' | 'exact' | 'sampled';
  exactUpTo: number;
  sampleSize: number;
  seed: number;
  prices: PriceTable;
  priceUsdPer1000Transitions: number;
  /** Memory assumed per run; CloudWatch Logs does not say what AWS billed. Default 64 MB. */
  memoryMb?: number;
  cache?: CountingHistoryCache;
  concurrency?: number;
  report: (progress: { stage: 'listing' | 'reading'; done: number; total: number | null }) => void;
}

/**
 * The cost review of an Express state machine from its CloudWatch Logs: every run listed from its
 * execution-level records (listExecutions' bounded windows) and priced by request and duration; the
 * log records of all runs, or of a seeded sample, read for the transitions (informative, level ALL only).
 */
export async function reviewExpressStateMachineCost(
  stateMachine: { arn: string; name: string },
  region: string,
  caller: CostSfnCaller,
  options: ExpressReviewOptions,
): Promise<StateMachineCostReview> {
  const logging = await describeExpressLogging(stateMachine.arn);
  if (logging.level === 'OFF' || !logging.logGroupName) throw loggingOffError(stateMachine.arn, 'its executions cannot be costed');

  const executions: ExecutionSummary[] = [];
  // listExecutions, not the SDK paginator: an Express machine's pages come from its logs, with `express.` tokens.
  for await (const page of readPages((nextToken) => listExecutions({ stateMachineArn: stateMachine.arn, maxResults: 1000, nextToken }))) {
    executions.push(...page.executions);
    options.report({ stage: 'listing', done: executions.length, total: null });
  }

  const transitionsAvailable = logging.level === 'ALL';
  const sampled = options.mode === 'sampled' || (options.mode !== 'exact' && executions.length > options.exactUpTo);
  const sampleSize = executions.length > options.sampleSize ? options.sampleSize : Math.max(2, Math.ceil(executions.length / 2));
  const toRead = !transitionsAvailable
    ? []
    : sampled
      ? sampleWithoutReplacement(executions, sampleSize, createSeededRandom(options.seed))
      : executions;

  const measured: ExecutionCost[] = [];
  const endpoint = await caller.endpoint();
  const keyOf = (execution: ExecutionSummary) => ({ source: endpoint, executionArn: execution.arn, startedAt: execution.startedAt });
  options.report({ stage: 'reading', done: 0, total: toRead.length });
  // Finished runs come from the cache; the rest in one sweep of their time span when it is small enough.
  const cached = new Map<string, HistoryEventRecord[]>();
  for (const execution of toRead) {
    const events = execution.status === 'RUNNING' ? undefined : await options.cache?.get(keyOf(execution));
    if (events) cached.set(execution.arn, events);
  }
  const missing = toRead.filter((execution) => !cached.has(execution.arn));
  const swept =
    missing.length > 1
      ? await readExpressRecordsInBulk({ logGroupName: logging.logGroupName, stateMachineArn: stateMachine.arn, executions: missing })
      : undefined;
  // One iterator shared by the workers: each takes the next execution not yet taken.
  const queue = toRead.values();
  const worker = async () => {
    for (const execution of queue) {
      let events = cached.get(execution.arn);
      if (!events) {
        const records = swept?.get(execution.arn) ?? (await readExpressExecutionRecords(execution.arn, execution.startedAt)).records;
        events = toExpressHistoryEvents(execution.arn, records);
        if (execution.status !== 'RUNNING') await options.cache?.put(keyOf(execution), execution.status, events);
      }
      const timeline = buildExecutionTimeline(parseHistoryDocument(events, execution.arn).events);
      measured.push(
        estimateExecutionCost({ executionArn: execution.arn, name: execution.name }, timeline, options.priceUsdPer1000Transitions),
      );
      options.report({ stage: 'reading', done: measured.length, total: toRead.length });
    }
  };
  await Promise.all(Array.from({ length: Math.min(Math.max(1, options.concurrency ?? 8), toRead.length) }, worker));

  const listed: ListedExpressExecution[] = executions.map((execution) => ({
    executionArn: execution.arn,
    name: execution.name,
    status: execution.status,
    startedAt: execution.startedAt,
    stoppedAt: execution.stoppedAt ?? null,
  }));
  return buildExpressCostReview({
    stateMachine: { ...stateMachine, type: 'EXPRESS' },
    region,
    executions: listed,
    measured,
    mode: toRead.length > 0 && toRead.length < executions.length ? 'sampled' : 'exact',
    prices: options.prices,
    priceUsdPer1000Transitions: options.priceUsdPer1000Transitions,
    memoryMb: options.memoryMb ?? DEFAULT_EXPRESS_MEMORY_MB,
    logLevel: logging.level,
    includeExecutionData: logging.includeExecutionData,
    listedDays: EXPRESS_LIST_LOOKBACK_MS / 86_400_000,
  });
}
