import { buildCostReview, type ListedExecution, type StateMachineCostReview } from '../cost/build-cost-review';
import { estimateExecutionCost } from '../cost/estimate-execution-cost';
import { AWS_LIST_PRICES, type PriceTable } from '../cost/price-table';
import { regionFromArn } from '../cost/region-from-arn';
import { createSeededRandom, sampleWithoutReplacement } from '../cost/sample-without-replacement';
import { standardPriceForRegion } from '../cost/standard-price-for-region';
import type { ExecutionCost } from '../cost/types';
import { buildExecutionTimeline } from '../history/build-execution-timeline';
import { parseHistoryDocument } from '../history/parse-history-document';
import { createCostSfnCaller, type ApiCallStats, type CostSfnCaller } from '../aws/cost-sfn-caller';
import { describeStateMachineForCost } from '../aws/describe-state-machine-for-cost';
import { listAllExecutions } from '../aws/list-all-executions';
import type { CountingHistoryCache } from './execution-index/counting-history-cache';
import { readExecutionHistories } from './read-execution-histories';
import { reviewExpressStateMachineCost } from './review-express-state-machine-cost';

export const COST_REVIEW_STAGES = ['describing', 'listing', 'reading', 'done'] as const;
export type CostReviewStage = (typeof COST_REVIEW_STAGES)[number];

export interface CostReviewProgress {
  stage: CostReviewStage;
  /** Executions listed so far, or histories read so far. */
  done: number;
  /** Histories to read, once known. */
  total: number | null;
}

export interface CostReviewOptions {
  /** `auto` reads every history up to `exactUpTo` executions and a sample beyond. */
  mode?: 'auto' | 'exact' | 'sampled';
  /** Default 500: at AWS's GetExecutionHistory quota (400 burst, 20/s) about 5 s of reading. */
  exactUpTo?: number;
  /** Default 300 histories. */
  sampleSize?: number;
  /** Default: derived from the ARN, so a reload reads the same (cached) sample. */
  seed?: number;
  prices?: PriceTable;
  /** Express only: memory assumed per run (logs do not carry what AWS billed). Default 64 MB. */
  expressMemoryMb?: number;
  cache?: CountingHistoryCache;
  caller?: CostSfnCaller;
  concurrency?: number;
  onProgress?: (progress: CostReviewProgress) => void;
}

export interface CostReviewResult {
  review: StateMachineCostReview;
  apiCalls: ApiCallStats;
}

/** FNV-1a: a stable seed per state machine. */
function seedFor(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/**
 * The cost review of one Standard state machine: count every execution (ListExecutions), read all
 * histories or a seeded random sample of them (through the cache), estimate transitions and cost.
 * Prices and region come from the ARN and the price table; API calls are paced and counted.
 * An Express state machine is reviewed from its CloudWatch Logs (review-express-state-machine-cost).
 */
export async function reviewStateMachineCost(stateMachineArn: string, options: CostReviewOptions = {}): Promise<CostReviewResult> {
  const prices = options.prices ?? AWS_LIST_PRICES;
  const region = regionFromArn(stateMachineArn);
  const price = standardPriceForRegion(prices, region);
  const caller = options.caller ?? createCostSfnCaller({ region });
  const report = options.onProgress ?? (() => {});
  try {
    report({ stage: 'describing', done: 0, total: null });
    const { name, type } = await describeStateMachineForCost(caller, stateMachineArn);
    if (type === 'EXPRESS') {
      const review = await reviewExpressStateMachineCost({ arn: stateMachineArn, name }, region, caller, {
        mode: options.mode ?? 'auto',
        exactUpTo: options.exactUpTo ?? 500,
        sampleSize: options.sampleSize ?? 300,
        seed: options.seed ?? seedFor(stateMachineArn),
        prices,
        priceUsdPer1000Transitions: price,
        memoryMb: options.expressMemoryMb,
        cache: options.cache,
        concurrency: options.concurrency,
        report,
      });
      report({ stage: 'done', done: review.measuredCount, total: review.measuredCount });
      return { review, apiCalls: caller.stats };
    }

    const executions = await listAllExecutions(caller, stateMachineArn, (listed) =>
      report({ stage: 'listing', done: listed, total: null }),
    );
    const exactUpTo = options.exactUpTo ?? 500;
    const sampled = options.mode === 'sampled' || (options.mode !== 'exact' && executions.length > exactUpTo);
    const requested = options.sampleSize ?? 300;
    // A sample asked for on a set no bigger than the sample is half the set, so it is still a sample.
    const sampleSize = executions.length > requested ? requested : Math.max(2, Math.ceil(executions.length / 2));
    const toRead = sampled
      ? sampleWithoutReplacement(executions, sampleSize, createSeededRandom(options.seed ?? seedFor(stateMachineArn)))
      : executions;

    const measured: ExecutionCost[] = [];
    report({ stage: 'reading', done: 0, total: toRead.length });
    await readExecutionHistories(
      caller,
      toRead,
      (execution, events) => {
        const timeline = buildExecutionTimeline(parseHistoryDocument(events, execution.arn).events);
        measured.push(estimateExecutionCost({ executionArn: execution.arn, name: execution.name }, timeline, price));
      },
      { cache: options.cache, concurrency: options.concurrency, onProgress: (done, total) => report({ stage: 'reading', done, total }) },
    );
    report({ stage: 'done', done: toRead.length, total: toRead.length });

    const listed: ListedExecution[] = executions.map((execution) => ({
      executionArn: execution.arn,
      name: execution.name,
      status: execution.status,
      startedAt: execution.startedAt,
    }));
    const review = buildCostReview({
      stateMachine: { arn: stateMachineArn, name, type },
      region,
      executions: listed,
      measured,
      mode: sampled && toRead.length < executions.length ? 'sampled' : 'exact',
      prices,
      priceUsdPer1000Transitions: price,
    });
    return { review, apiCalls: caller.stats };
  } finally {
    if (!options.caller) caller.close();
  }
}
