import { readFile } from 'node:fs/promises';
import { estimateExpressCost } from '@/lib/cost/estimate-express-cost';
import { estimateExecutionCost } from '@/lib/cost/estimate-execution-cost';
import type { PriceTable } from '@/lib/cost/price-table';
import { regionFromArn } from '@/lib/cost/region-from-arn';
import { standardPriceForRegion } from '@/lib/cost/standard-price-for-region';
import type { StateTransitions } from '@/lib/cost/types';
import { buildExecutionTimeline } from '@/lib/history/build-execution-timeline';
import { parseHistoryDocument, parseHistoryJson, type ParsedHistory } from '@/lib/history/parse-history-document';
import type { ExecutionTimeline } from '@/lib/history/types';
import { parseArgs } from '../parse-args';
import type { CommandIo } from './timeline';

const USAGE =
  'usage: statescope cost <file | execution-arn | state-machine-arn> [--region R] [--json]\n' +
  '       [--type standard|express] [--memory-mb N] [--prices FILE] [--mode auto|exact|sampled]';
const FLAGS = {
  json: 'boolean',
  help: 'boolean',
  region: 'string',
  type: 'string',
  'memory-mb': 'string',
  prices: 'string',
  mode: 'string',
} as const;
const EXECUTION_ARN = /^arn:[\w-]+:states:[^:]*:\d*:execution:/;
const EXPRESS_ARN = /^arn:[\w-]+:states:[^:]*:\d*:express:/;
const STATE_MACHINE_ARN = /^arn:[\w-]+:states:[^:]*:\d*:stateMachine:/;
const FREE_TIER_NOTE = 'The free tier (4,000 transitions a month, account-wide) is not applied to a single execution.';

const processIo: CommandIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/** Drops float noise (0.000224999…) from JSON amounts. */
const round = (value: number) => Number(value.toPrecision(12));
const usd = (value: number) => `$${value.toFixed(value < 0.01 ? 8 : 4)}`;

class UsageError extends Error {}

interface Target {
  timeline: ExecutionTimeline;
  executionArn: string;
  region: string;
  regionSource: string;
}

async function readFileTarget(file: string, region: string | undefined): Promise<Target> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(`cannot read ${file}${code === 'ENOENT' ? ': no such file' : code ? ` (${code})` : ''}`);
  }
  const parsed = parseHistoryJson(text, file);
  const fromEnv = process.env.AWS_REGION?.trim();
  return {
    timeline: buildExecutionTimeline(parsed.events),
    executionArn: file,
    region: region ?? fromEnv ?? 'us-east-1',
    regionSource: region ? '--region' : fromEnv ? 'AWS_REGION' : 'assumed: a history file names no region; pass --region',
  };
}

async function readArnTarget(executionArn: string, region: string | undefined): Promise<Target> {
  const { createCostSfnCaller } = await import('@/lib/aws/cost-sfn-caller');
  const { getExecutionHistoryWithoutData } = await import('@/lib/aws/read-execution-histories');
  const callRegion = region ?? regionFromArn(executionArn);
  const caller = createCostSfnCaller({ region: callRegion });
  try {
    const events = await getExecutionHistoryWithoutData(caller, executionArn);
    const parsed: ParsedHistory = parseHistoryDocument(events, executionArn);
    return { timeline: buildExecutionTimeline(parsed.events), executionArn, region: callRegion, regionSource: region ? '--region' : 'the ARN' };
  } finally {
    caller.close();
  }
}

function stateRows(states: readonly StateTransitions[]): string[] {
  return [...states]
    .sort((a, b) => b.transitions - a.transitions)
    .map((row) => `  ${row.state.padEnd(28)} ${String(row.transitions).padStart(7)}  (${Object.entries(row.bySource).filter(([, n]) => n > 0).map(([source, n]) => `${source} ${n}`).join(', ')})`);
}

function costStandard(target: Target, prices: PriceTable, json: boolean, io: CommandIo): void {
  const price = standardPriceForRegion(prices, target.region);
  const cost = estimateExecutionCost({ executionArn: target.executionArn, name: target.executionArn.split(':').at(-1) ?? '' }, target.timeline, price);
  if (json) {
    io.stdout(`${JSON.stringify({
      type: 'STANDARD',
      region: target.region,
      regionSource: target.regionSource,
      status: cost.status,
      transitions: cost.transitions,
      costUsd: round(cost.costUsd),
      priceUsdPerTransition: round(price / 1000),
      priceUsdPer1000Transitions: price,
      freeTierApplied: false,
      note: `${FREE_TIER_NOTE} Transitions follow the working rule of AWS's pricing page and are an estimate.`,
      prices: { source: prices.source, asOf: prices.asOf },
      byState: cost.states,
    }, null, 2)}\n`);
    return;
  }
  io.stdout([
    `${cost.transitions} state transitions (estimate), Standard, ${target.region} (${target.regionSource}), ${cost.status}`,
    `Cost: ${usd(cost.costUsd)} at $${price} per 1,000 transitions (${usd(price / 1000)} each)`,
    FREE_TIER_NOTE,
    ...stateRows(cost.states),
    `Prices: ${prices.source}, as of ${prices.asOf}`,
    '',
  ].join('\n'));
}

function costExpress(target: Target, prices: PriceTable, memoryMb: number, json: boolean, io: CommandIo): void {
  const durationMs = target.timeline.durationMs ?? 0;
  const cost = estimateExpressCost({ requests: 1, durationMs, memoryMb }, prices.express);
  const note = `Express bills 1 request plus duration (rounded up to 100 ms) × memory (64 MB chunks; ${memoryMb} MB assumed, set --memory-mb). Rates published for ${prices.express.publishedForRegion}.`;
  if (json) {
    io.stdout(`${JSON.stringify({
      type: 'EXPRESS',
      region: target.region,
      regionSource: target.regionSource,
      status: target.timeline.status,
      transitions: target.timeline.transitions.total,
      costUsd: round(cost.costUsd),
      requests: 1,
      durationMs,
      billedDurationMs: cost.billedDurationMs,
      memoryMb,
      billedMemoryMb: cost.billedMemoryMb,
      gbSeconds: cost.gbSeconds,
      requestCostUsd: round(cost.requestCostUsd),
      durationCostUsd: round(cost.durationCostUsd),
      note,
      prices: { source: prices.source, asOf: prices.asOf },
    }, null, 2)}\n`);
    return;
  }
  io.stdout([
    `Express execution, ${target.region} (${target.regionSource}), ${target.timeline.status}: ${target.timeline.transitions.total} state transitions (not billed for Express)`,
    `Cost: ${usd(cost.costUsd)} = 1 request ${usd(cost.requestCostUsd)} + ${cost.billedDurationMs} ms × ${cost.billedMemoryMb} MB ${usd(cost.durationCostUsd)}`,
    note,
    '',
  ].join('\n'));
}

async function costStateMachine(arn: string, flags: Record<string, string | boolean | undefined>, prices: PriceTable, io: CommandIo): Promise<void> {
  const { reviewStateMachineCost } = await import('@/lib/aws/review-state-machine-cost');
  const { createCostSfnCaller } = await import('@/lib/aws/cost-sfn-caller');
  const { getSharedHistoryCache } = await import('@/lib/aws/shared-history-cache');
  const mode = flags.mode ?? 'auto';
  if (mode !== 'auto' && mode !== 'exact' && mode !== 'sampled') throw new UsageError(`option --mode must be auto, exact or sampled, got '${String(mode)}'`);
  const region = typeof flags.region === 'string' ? flags.region : regionFromArn(arn);
  const caller = createCostSfnCaller({ region });
  const cache = getSharedHistoryCache();
  try {
    const { review, apiCalls } = await reviewStateMachineCost(arn, {
      mode,
      prices,
      cache,
      caller,
      onProgress: (progress) => {
        if (!flags.json && progress.stage === 'reading' && progress.total) io.stderr(`\rreading histories ${progress.done}/${progress.total}`);
      },
    });
    if (!flags.json && review.measuredCount) io.stderr('\n');
    const interval = { low: review.transitions.low, high: review.transitions.high, confidence: review.confidence };
    if (flags.json) {
      io.stdout(`${JSON.stringify({
        type: review.stateMachine.type,
        region: review.region,
        stateMachineArn: arn,
        mode: review.mode,
        executions: review.executionCount,
        historiesRead: review.measuredCount,
        transitions: review.transitions.estimate,
        transitionsInterval: interval,
        costUsd: round(review.costUsd.estimate),
        costUsdInterval: { low: round(review.costUsd.low), high: round(review.costUsd.high), confidence: review.confidence },
        priceUsdPer1000Transitions: review.priceUsdPer1000Transitions,
        freeTierApplied: false,
        apiCalls: { total: apiCalls.calls, throttled: apiCalls.throttled, byAction: apiCalls.byAction },
        prices: review.prices,
        byState: review.states,
      }, null, 2)}\n`);
      return;
    }
    const pct = Math.round(review.confidence * 100);
    io.stdout([
      `${review.stateMachine.name}: ${review.executionCount} executions, ${review.mode === 'exact' ? 'every history read' : `${review.measuredCount} histories sampled`}`,
      review.mode === 'exact'
        ? `${review.transitions.estimate} state transitions, ${usd(review.costUsd.estimate)} (${review.region}, $${review.priceUsdPer1000Transitions} per 1,000)`
        : `${Math.round(review.transitions.estimate)} state transitions (${pct} % interval ${Math.round(interval.low)}–${Math.round(interval.high)}), ${usd(review.costUsd.estimate)} (${usd(review.costUsd.low)}–${usd(review.costUsd.high)})`,
      `Free tier not applied (4,000 transitions a month across the whole account). API calls: ${apiCalls.calls}, throttled and retried: ${apiCalls.throttled}.`,
      ...stateRows(review.states),
      '',
    ].join('\n'));
  } finally {
    caller.close();
  }
}

/** `statescope cost`: transitions and estimated cost of a history file, an execution or a state machine. */
export async function runCostCommand(argv: string[], io: CommandIo = processIo): Promise<number> {
  let flags: Record<string, string | boolean | undefined>;
  let positionals: string[];
  try {
    ({ flags, positionals } = parseArgs(argv, FLAGS));
  } catch (error) {
    io.stderr(`statescope cost: ${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    return 2;
  }
  if (flags.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  const [target, ...extra] = positionals;
  if (!target || extra.length) {
    io.stderr(`statescope cost: ${target ? `unexpected argument '${extra[0]}'` : 'missing a history file, execution ARN or state machine ARN'}\n${USAGE}\n`);
    return 2;
  }
  const type = typeof flags.type === 'string' ? flags.type.toLowerCase() : EXPRESS_ARN.test(target) ? 'express' : 'standard';
  const memoryMb = flags['memory-mb'] === undefined ? 64 : Number(flags['memory-mb']);
  if ((type !== 'standard' && type !== 'express') || !(memoryMb > 0)) {
    io.stderr(`statescope cost: ${type !== 'standard' && type !== 'express' ? `option --type must be standard or express, got '${type}'` : `option --memory-mb must be a positive number, got '${String(flags['memory-mb'])}'`}\n${USAGE}\n`);
    return 2;
  }
  const region = typeof flags.region === 'string' ? flags.region : undefined;
  try {
    const { loadPriceTable } = await import('@/lib/aws/load-price-table');
    const prices = loadPriceTable(typeof flags.prices === 'string' ? flags.prices : undefined);
    if (STATE_MACHINE_ARN.test(target)) {
      await costStateMachine(target, flags, prices, io);
      return 0;
    }
    if (EXPRESS_ARN.test(target)) {
      throw new Error('an Express execution has no GetExecutionHistory: save its CloudWatch Logs history to a file and pass that with --type express');
    }
    const resolved = EXECUTION_ARN.test(target) ? await readArnTarget(target, region) : await readFileTarget(target, region);
    if (type === 'express') costExpress(resolved, prices, memoryMb, !!flags.json, io);
    else costStandard(resolved, prices, !!flags.json, io);
    return 0;
  } catch (error) {
    io.stderr(`statescope cost: ${error instanceof Error ? error.message : String(error)}\n${error instanceof UsageError ? `${USAGE}\n` : ''}`);
    return error instanceof UsageError ? 2 : 1;
  }
}
