import { DEFAULT_EXPRESS_MEMORY_MB } from '@/lib/cost/build-express-cost-review';
import { priceExpressRuns, priceStandardRun, toExpressRunsJson, toStandardRunJson, toStateMachineReviewJson } from '@/lib/cost/cost-report';
import { formatExpressRunsText, formatStandardRunText, formatStateMachineReviewText } from '@/lib/format/format-cost-text';
import { parseSingleTargetCommand, processIo, type CommandIo } from '../shared/command-io';
import { EXPRESS_ARN, readCostTargets, reviewStateMachineTarget, STATE_MACHINE_ARN } from './read-cost-targets';

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

class UsageError extends Error {}

const toJson = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** `statescope cost`: transitions and estimated cost of a history file, an execution or a state machine. */
export async function runCostCommand(argv: string[], io: CommandIo = processIo): Promise<number> {
  const parsed = parseSingleTargetCommand(
    { name: 'cost', usage: USAGE, flags: FLAGS, missing: 'missing a history file, execution ARN or state machine ARN' },
    argv,
    io,
  );
  if ('exitCode' in parsed) return parsed.exitCode;
  const { flags, target } = parsed;
  const json = !!flags.json;
  const type = typeof flags.type === 'string' ? flags.type.toLowerCase() : EXPRESS_ARN.test(target) ? 'express' : 'standard';
  const memoryMb = flags['memory-mb'] === undefined ? DEFAULT_EXPRESS_MEMORY_MB : Number(flags['memory-mb']);
  if ((type !== 'standard' && type !== 'express') || !(memoryMb > 0)) {
    io.stderr(
      `statescope cost: ${type !== 'standard' && type !== 'express' ? `option --type must be standard or express, got '${type}'` : `option --memory-mb must be a positive number, got '${String(flags['memory-mb'])}'`}\n${USAGE}\n`,
    );
    return 2;
  }
  const region = typeof flags.region === 'string' ? flags.region : undefined;
  try {
    const { loadPriceTable } = await import('@/lib/services/load-price-table');
    const prices = loadPriceTable(typeof flags.prices === 'string' ? flags.prices : undefined);
    if (STATE_MACHINE_ARN.test(target)) {
      const mode = flags.mode ?? 'auto';
      if (mode !== 'auto' && mode !== 'exact' && mode !== 'sampled')
        throw new UsageError(`option --mode must be auto, exact or sampled, got '${String(mode)}'`);
      const { review, apiCalls } = await reviewStateMachineTarget(target, {
        mode,
        region,
        prices,
        memoryMb,
        onProgress: (progress) => {
          if (!json && progress.stage === 'reading' && progress.total) io.stderr(`\rreading histories ${progress.done}/${progress.total}`);
        },
      });
      if (!json && review.measuredCount) io.stderr('\n');
      io.stdout(json ? toJson(toStateMachineReviewJson(target, review, apiCalls)) : formatStateMachineReviewText(review, apiCalls));
      return 0;
    }
    const resolved = await readCostTargets(target, region);
    const express = typeof flags.type === 'string' ? type === 'express' : resolved.express;
    const [single, ...more] = resolved.executions;
    if (express) {
      const priced = priceExpressRuns(resolved.executions, prices, memoryMb);
      io.stdout(json ? toJson(toExpressRunsJson(priced)) : formatExpressRunsText(priced));
    } else if (single && more.length === 0) {
      const priced = priceStandardRun(single, prices);
      io.stdout(json ? toJson(toStandardRunJson(priced)) : formatStandardRunText(priced));
    } else {
      throw new UsageError(
        `${target} holds ${resolved.executions.length} executions: price them as Express (the default for log records), or pass one execution`,
      );
    }
    return 0;
  } catch (error) {
    io.stderr(
      `statescope cost: ${error instanceof Error ? error.message : String(error)}\n${error instanceof UsageError ? `${USAGE}\n` : ''}`,
    );
    return error instanceof UsageError ? 2 : 1;
  }
}
