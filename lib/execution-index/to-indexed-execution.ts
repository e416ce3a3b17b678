import { estimateExpressCost, DEFAULT_EXPRESS_MEMORY_MB } from '../cost/estimate-express-cost';
import { estimateStandardCost } from '../cost/estimate-standard-cost';
import { AWS_LIST_PRICES, type PriceTable } from '../cost/price-table';
import { regionFromArn } from '../cost/region-from-arn';
import { standardPriceForRegion } from '../cost/standard-price-for-region';
import type { ExecutionDetail, HistoryEventRecord } from '../domain';
import { buildExecutionTimeline } from '../history/build-execution-timeline';
import { HistoryInputError } from '../history/history-input-error';
import { parseErrorCause } from '../history/parse-error-cause';
import { parseHistoryDocument } from '../history/parse-history-document';
import type { ExecutionTimeline } from '../history/types';
import { capPayload } from './cap-payload';
import { normalizeCause } from './normalize-cause';
import { redactJsonText, type RedactionRules } from './redact-payload';
import { toIndexedVisits } from './to-indexed-visits';
import type { IndexedExecution, IndexedRootCause } from './types';

export interface ToIndexedExecutionInput {
  /** The data-source endpoint the execution was read from. */
  source: string;
  /** DescribeExecution: input and output not yet redacted. */
  execution: ExecutionDetail;
  stateMachine: { name: string; type: 'STANDARD' | 'EXPRESS' };
  /** The history with execution data, already redacted by the caller; absent for a running execution or an unread history. */
  events?: HistoryEventRecord[];
  redaction: RedactionRules;
  /** Default 64 KiB. */
  payloadCapBytes?: number;
  now: Date;
  /** Default AWS list prices. */
  prices?: PriceTable;
}

/** Longest cause kept: AWS allows 32,768 characters, a failure group needs far fewer. */
const MAX_CAUSE_LENGTH = 4096;

/**
 * One execution as the index keeps it: what DescribeExecution says, and from its history (when
 * read) where and why it failed, the real cause behind a Fail state, its visits, transitions and
 * cost. Payloads are redacted, then capped. A history that cannot be reconstructed (malformed)
 * leaves the record with what DescribeExecution gives, as for a running execution.
 */
export function toIndexedExecution(input: ToIndexedExecutionInput): IndexedExecution {
  const { execution, redaction } = input;
  const timeline = input.events && input.events.length > 0 ? reconstruct(input.events, execution.arn) : undefined;
  const failed = execution.status !== 'SUCCEEDED' && execution.status !== 'RUNNING';

  const error = execution.error ?? timeline?.error ?? undefined;
  const rawCause = execution.cause ?? timeline?.cause ?? undefined;
  const cause = rawCause === undefined ? undefined : readableCause(redactCause(rawCause, redaction));
  const chain = timeline?.failure.causeChain ?? null;
  const failingState = failed ? (chain?.failState ?? timeline?.failure.rootCause?.state ?? undefined) : undefined;
  const rootCause = failed && chain ? toRootCause(chain, redaction) : undefined;
  const { visits, total } = timeline ? toIndexedVisits(timeline.visits) : { visits: [], total: 0 };
  const transitions = timeline?.transitions.total ?? 0;
  const cap = input.payloadCapBytes;
  // A caught error that led to a Fail state groups by what went wrong, not the Fail state's fixed text.
  const groupingCause = rootCause?.message ?? (cause === '' ? undefined : cause);

  return {
    source: input.source,
    executionArn: execution.arn,
    stateMachineArn: execution.stateMachineArn,
    stateMachineName: input.stateMachine.name,
    workflowType: input.stateMachine.type,
    ...(execution.stateMachineVersionArn !== undefined && { stateMachineVersionArn: execution.stateMachineVersionArn }),
    ...(execution.stateMachineAliasArn !== undefined && { stateMachineAliasArn: execution.stateMachineAliasArn }),
    name: execution.name,
    status: execution.status,
    startedAt: execution.startedAt,
    ...(execution.stoppedAt !== undefined && { stoppedAt: execution.stoppedAt }),
    redriveCount: Math.max(execution.redriveCount ?? 0, timeline?.redriveCount ?? 0),
    ...(failingState !== undefined && { failingState }),
    ...(error !== undefined && { error }),
    ...(cause !== undefined && cause !== '' && { cause }),
    ...(groupingCause !== undefined && { normalizedCause: normalizeCause(groupingCause) }),
    ...(rootCause !== undefined && { rootCause }),
    ...(execution.input !== undefined && { input: capPayload(redactJsonText(execution.input, redaction), cap) }),
    ...(execution.output !== undefined && { output: capPayload(redactJsonText(execution.output, redaction), cap) }),
    transitions,
    costUsd: estimateCost(input, transitions),
    visits,
    ...(total > visits.length && { visitsTotal: total }),
    indexedAt: input.now,
  };
}

function reconstruct(events: HistoryEventRecord[], executionArn: string): ExecutionTimeline | undefined {
  try {
    const parsed = parseHistoryDocument(events, executionArn);
    return buildExecutionTimeline(parsed.events, parsed);
  } catch (error) {
    if (error instanceof HistoryInputError) return undefined;
    throw error;
  }
}

/** A JSON cause (a Lambda's error object) may hold payload fields: redacted like any payload. */
function redactCause(cause: string, redaction: RedactionRules): string {
  const first = cause.trimStart()[0];
  return first === '{' || first === '[' ? redactJsonText(cause, redaction) : cause;
}

/** A Lambda's JSON cause as its errorMessage; any other cause as written, whitespace collapsed. */
function readableCause(cause: string): string {
  const { errorMessage, errorType } = parseErrorCause(cause);
  const text = errorMessage !== undefined ? (errorType !== undefined ? `${errorType}: ${errorMessage}` : errorMessage) : cause;
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > MAX_CAUSE_LENGTH ? `${line.slice(0, MAX_CAUSE_LENGTH - 1)}…` : line;
}

function toRootCause(
  chain: NonNullable<ExecutionTimeline['failure']['causeChain']>,
  redaction: RedactionRules,
): IndexedRootCause | undefined {
  if (chain.caught) {
    const { caught } = chain;
    const message = caught.errorMessage ?? (caught.cause !== null ? readableCause(redactCause(caught.cause, redaction)) : undefined);
    return {
      state: caught.state,
      ...(caught.error !== null && { error: caught.error }),
      ...(message !== undefined && message !== '' && { message }),
    };
  }
  if (chain.inputReason) return { message: chain.inputReason.text };
  return undefined;
}

/**
 * Standard: transitions at the region's list price (the us-east-1 price where the region has none:
 * an estimate either way). Express: one request of its duration at the default memory, as the cost
 * review assumes when nothing says otherwise.
 */
function estimateCost(input: ToIndexedExecutionInput, transitions: number): number {
  const prices = input.prices ?? AWS_LIST_PRICES;
  const { execution } = input;
  if (input.stateMachine.type === 'EXPRESS') {
    const end = execution.stoppedAt ?? input.now;
    const durationMs = Math.max(0, end.getTime() - execution.startedAt.getTime());
    return estimateExpressCost({ requests: 1, durationMs, memoryMb: DEFAULT_EXPRESS_MEMORY_MB }, prices.express).costUsd;
  }
  return estimateStandardCost({ transitions, priceUsdPer1000Transitions: standardPrice(prices, execution.arn) }).costUsd;
}

function standardPrice(prices: PriceTable, executionArn: string): number {
  try {
    return standardPriceForRegion(prices, regionFromArn(executionArn));
  } catch {
    // An ARN without a priced region (LocalStack's, a hand-made one): the list price of us-east-1.
    return AWS_LIST_PRICES.standard.priceUsdPer1000TransitionsByRegion['us-east-1'] ?? 0.025;
  }
}
