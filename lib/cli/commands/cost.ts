import { readFile } from 'node:fs/promises';
import { billExpressUsage, priceExpressUsage } from '@/lib/cost/estimate-express-cost';
import { estimateExecutionCost } from '@/lib/cost/estimate-execution-cost';
import type { PriceTable } from '@/lib/cost/price-table';
import { regionFromArn } from '@/lib/cost/region-from-arn';
import { standardPriceForRegion } from '@/lib/cost/standard-price-for-region';
import type { StateTransitions } from '@/lib/cost/types';
import { buildExecutionTimeline } from '@/lib/history/build-execution-timeline';
import { describeLogCoverage } from '@/lib/history/describe-log-coverage';
import type { LogLevel } from '@/lib/history/log-levels';
import { groupLogRecords, readLogRecords } from '@/lib/history/read-log-records';
import { toLogExecutionEvent } from '@/lib/history/to-log-execution-event';
import { parseHistoryDocument, parseHistoryJson, type ParsedHistory } from '@/lib/history/parse-history-document';
import type { ExecutionTimeline } from '@/lib/history/types';
import { parseSingleTargetCommand, processIo, type CommandIo } from '../command-io';
import { isLogDocument } from './timeline-logs';

const USAGE =
  'usage: statescope cost <file | execution-arn | state-machine-arn> [--region R] [--json]\n' +
  '       [--type standard|express] [--memory-mb N] [--prices FILE] [--mode auto|exact|sampled]\n' +
  '  file: a history, or CloudWatch Logs records of Express executions (priced as Express)\n' +
  '  an Express execution or state machine is read from its CloudWatch Logs and priced by requests and GB-seconds';
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

/** Drops float noise (0.000224999…) from JSON amounts. */
const round = (value: number) => Number(value.toPrecision(12));
const usd = (value: number) => `$${value.toFixed(value < 0.01 ? 8 : 4)}`;

class UsageError extends Error {}

interface Target {
  timeline: ExecutionTimeline;
  executionArn: string;
  region: string;
  regionSource: string;
  /** Express runs read from CloudWatch Logs: the log level, and what it left out (empty when nothing). */
  logLevel?: LogLevel;
  logGaps?: string[];
}

/** Several executions at once: a file of log records can hold many. */
interface Targets {
  executions: Target[];
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

function coverageOf(coverage: { level: LogLevel; missing: string[] }): Pick<Target, 'logLevel' | 'logGaps'> {
  return { logLevel: coverage.level, logGaps: coverage.missing };
}

/** One target per execution in a file of CloudWatch Logs records, with what its records leave out. */
function readLogTargets(document: unknown, file: string, region: string | undefined): Targets {
  const executions = groupLogRecords(readLogRecords(document, file));
  if (executions.length === 0) throw new Error(`${file} holds no Step Functions log records`);
  const where = executions.length === 1 ? fileRegion(region) : undefined;
  return {
    express: true,
    executions: executions.map((execution) => {
      const at = `${file} (${execution.executionArn || 'no execution_arn'})`;
      const arnRegion = !region && execution.executionArn ? (() => { try { return regionFromArn(execution.executionArn); } catch { return undefined; } })() : undefined;
      return {
        timeline: buildExecutionTimeline(execution.records.map((record, eventIndex) => toLogExecutionEvent(record, { source: at, eventIndex }))),
        executionArn: execution.executionArn || file,
        ...(arnRegion ? { region: arnRegion, regionSource: 'the execution ARN in the log' } : (where ?? fileRegion(region))),
        ...coverageOf(describeLogCoverage(undefined, execution.records)),
      };
    }),
  };
}

async function readFileTarget(file: string, region: string | undefined): Promise<Targets> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(`cannot read ${file}${code === 'ENOENT' ? ': no such file' : code ? ` (${code})` : ''}`);
  }
  let document: unknown;
  try {
    document = JSON.parse(text) as unknown;
  } catch {
    document = undefined; // parseHistoryJson says what is wrong with it
  }
  if (document !== undefined && isLogDocument(document)) return readLogTargets(document, file, region);
  const parsed = parseHistoryJson(text, file);
  return { express: false, executions: [{ timeline: buildExecutionTimeline(parsed.events), executionArn: file, ...fileRegion(region) }] };
}

/** An Express execution's history rebuilt from its state machine's CloudWatch Logs (lib/aws). */
async function readExpressArnTarget(executionArn: string, region: string | undefined): Promise<Targets> {
  const { readExpressExecutionRecords } = await import('@/lib/aws/read-express-execution-records');
  const { records, logging } = await readExpressExecutionRecords(executionArn);
  const timeline = buildExecutionTimeline(records.map((record, eventIndex) => toLogExecutionEvent(record, { source: executionArn, eventIndex })));
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

/** Transitions are counted from state events, which the log levels below ALL leave out. */
function transitionsLogged(target: Target): boolean {
  return target.logLevel === undefined || target.logLevel === 'ALL';
}

/**
 * Express bills each run one request plus its duration (rounded up to 100 ms) × memory (64 MB
 * chunks); several runs are priced together through the monthly GB-hour tiers. Transitions are shown,
 * not billed.
 */
function costExpress(targets: Target[], prices: PriceTable, memoryMb: number, json: boolean, io: CommandIo): void {
  const runs = targets.map((target) => {
    const durationMs = target.timeline.durationMs ?? 0;
    const bill = billExpressUsage({ requests: 1, durationMs, memoryMb }, prices.express);
    return { target, durationMs, bill, transitions: target.timeline.transitions.total, transitionsLogged: transitionsLogged(target) };
  });
  const gbSeconds = runs.reduce((sum, run) => sum + run.bill.gbSeconds, 0);
  const cost = priceExpressUsage({ requests: runs.length, gbSeconds }, prices.express);
  const first = runs[0]!;
  const single = runs.length === 1;
  const transitions = runs.reduce((sum, run) => sum + run.transitions, 0);
  const gaps = [...new Set(targets.flatMap((target) => target.logGaps ?? []))];
  const note = `Express bills ${single ? '1 request' : `${runs.length} requests`} plus duration (rounded up to 100 ms) × memory (64 MB chunks; ${memoryMb} MB assumed: the logs do not say what AWS billed, set --memory-mb). Transitions are not billed for Express. Rates published for ${prices.express.publishedForRegion}.`;
  if (json) {
    io.stdout(`${JSON.stringify({
      type: 'EXPRESS',
      region: first.target.region,
      regionSource: first.target.regionSource,
      ...(single ? { executionArn: first.target.executionArn, status: first.target.timeline.status } : {}),
      transitions,
      transitionsBilled: false,
      transitionsComplete: runs.every((run) => run.transitionsLogged),
      costUsd: round(cost.costUsd),
      requests: runs.length,
      durationMs: runs.reduce((sum, run) => sum + run.durationMs, 0),
      billedDurationMs: runs.reduce((sum, run) => sum + run.bill.billedDurationMs, 0),
      memoryMb,
      billedMemoryMb: first.bill.billedMemoryMb,
      gbSeconds: round(gbSeconds),
      requestCostUsd: round(cost.requestCostUsd),
      durationCostUsd: round(cost.durationCostUsd),
      note,
      ...(gaps.length > 0 ? { logGaps: gaps } : {}),
      prices: { source: prices.source, asOf: prices.asOf },
      ...(single
        ? {}
        : {
            executions: runs.map((run) => ({
              executionArn: run.target.executionArn,
              status: run.target.timeline.status,
              transitions: run.transitions,
              durationMs: run.durationMs,
              billedDurationMs: run.bill.billedDurationMs,
              gbSeconds: round(run.bill.gbSeconds),
              costUsd: round(priceExpressUsage({ requests: 1, gbSeconds: run.bill.gbSeconds }, prices.express).costUsd),
            })),
          }),
    }, null, 2)}\n`);
    return;
  }
  const transitionsText = runs.every((run) => run.transitionsLogged) ? `${transitions} state transitions (not billed for Express)` : 'state transitions not logged at this log level';
  io.stdout([
    single
      ? `Express execution, ${first.target.region} (${first.target.regionSource}), ${first.target.timeline.status}: ${transitionsText}`
      : `${runs.length} Express executions, ${first.target.region} (${first.target.regionSource}): ${transitionsText}`,
    single
      ? `Cost: ${usd(cost.costUsd)} = 1 request ${usd(cost.requestCostUsd)} + ${first.bill.billedDurationMs} ms × ${first.bill.billedMemoryMb} MB ${usd(cost.durationCostUsd)}`
      : `Cost: ${usd(cost.costUsd)} = ${runs.length} requests ${usd(cost.requestCostUsd)} + ${round(gbSeconds)} GB-seconds ${usd(cost.durationCostUsd)}`,
    `Billed: ${runs.length} request${single ? '' : 's'}, ${runs.reduce((sum, run) => sum + run.bill.billedDurationMs, 0)} ms at ${first.bill.billedMemoryMb} MB = ${round(gbSeconds)} GB-seconds`,
    note,
    ...(single ? [] : runs.map((run) => `  ${run.target.executionArn.split(':').at(-2) ?? run.target.executionArn}  ${run.target.timeline.status}  ${run.durationMs} ms → ${run.bill.billedDurationMs} ms`)),
    ...gaps.map((gap) => `Log: ${gap}`),
    '',
  ].join('\n'));
}

async function costStateMachine(arn: string, flags: Record<string, string | boolean | undefined>, prices: PriceTable, memoryMb: number, io: CommandIo): Promise<void> {
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
      expressMemoryMb: memoryMb,
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
        ...(review.express
          ? {
              transitionsBilled: false,
              requests: review.express.requests,
              gbSeconds: round(review.express.gbSeconds),
              memoryMb: review.express.memoryMb,
              billedMemoryMb: review.express.billedMemoryMb,
              averageBilledDurationMs: round(review.express.averageBilledDurationMs),
              requestCostUsd: round(review.express.requestCostUsd),
              durationCostUsd: round(review.express.durationCostUsd),
              logLevel: review.express.logLevel,
              transitionsAvailable: review.express.transitionsAvailable,
              standardWhatIfUsd: review.express.transitionsAvailable ? round(review.whatIf.standardUsd) : null,
            }
          : {}),
        apiCalls: { total: apiCalls.calls, throttled: apiCalls.throttled, byAction: apiCalls.byAction },
        prices: review.prices,
        byState: review.states,
      }, null, 2)}\n`);
      return;
    }
    const pct = Math.round(review.confidence * 100);
    const express = review.express;
    if (express) {
      const sampled = review.mode === 'sampled';
      io.stdout([
        `${review.stateMachine.name}: ${review.executionCount} Express executions from CloudWatch Logs (level ${express.logLevel})`,
        `Cost: ${usd(review.costUsd.estimate)} = ${express.requests} requests ${usd(express.requestCostUsd)} + ${round(express.gbSeconds)} GB-seconds ${usd(express.durationCostUsd)} (average ${Math.round(express.averageBilledDurationMs)} ms billed at ${express.billedMemoryMb} MB; ${express.memoryMb} MB assumed, set --memory-mb)`,
        express.transitionsAvailable
          ? `${sampled ? `≈ ${Math.round(review.transitions.estimate)}` : review.transitions.estimate} state transitions, not billed for Express${sampled ? ` (${review.measuredCount} executions sampled, ${pct} % interval ${Math.round(interval.low)}–${Math.round(interval.high)})` : ''}; as Standard: ${usd(review.whatIf.standardUsd)}`
          : `State transitions not logged at level ${express.logLevel}: the Standard what-if cannot be computed.`,
        ...(express.countIsLowerBound ? [`At level ${express.logLevel} successful executions write nothing: the count and durations are lower bounds.`] : []),
        ...stateRows(review.states),
        '',
      ].join('\n'));
      return;
    }
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
  const parsed = parseSingleTargetCommand(
    { name: 'cost', usage: USAGE, flags: FLAGS, missing: 'missing a history file, execution ARN or state machine ARN' },
    argv,
    io,
  );
  if ('exitCode' in parsed) return parsed.exitCode;
  const { flags, target } = parsed;
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
      await costStateMachine(target, flags, prices, memoryMb, io);
      return 0;
    }
    const resolved: Targets = EXPRESS_ARN.test(target)
      ? await readExpressArnTarget(target, region)
      : EXECUTION_ARN.test(target)
        ? { express: false, executions: [await readArnTarget(target, region)] }
        : await readFileTarget(target, region);
    const express = typeof flags.type === 'string' ? type === 'express' : resolved.express;
    if (express) costExpress(resolved.executions, prices, memoryMb, !!flags.json, io);
    else if (resolved.executions.length === 1) costStandard(resolved.executions[0]!, prices, !!flags.json, io);
    else throw new UsageError(`${target} holds ${resolved.executions.length} executions: price them as Express (the default for log records), or pass one execution`);
    return 0;
  } catch (error) {
    io.stderr(`statescope cost: ${error instanceof Error ? error.message : String(error)}\n${error instanceof UsageError ? `${USAGE}\n` : ''}`);
    return error instanceof UsageError ? 2 : 1;
  }
}
