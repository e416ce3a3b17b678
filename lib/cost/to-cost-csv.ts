import type { StateMachineCostReview } from './build-cost-review';
import type { ExecutionCost, StateTransitions } from './types';
import { TRANSITION_SOURCES } from './types';

/**
 * What a spreadsheet may read as the start of a formula (OWASP, CSV injection): = + - @, TAB and
 * carriage return; NUL too, since some importers drop it and expose what follows.
 */
const FORMULA_PREFIX = /^[=+\-@\t\r\0]/;

/** RFC 4180 quoting; a text cell starting like a formula is prefixed with ' so it stays text. */
function toCell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_PREFIX.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function toCsv(header: string[], rows: (string | number | null)[][]): string {
  return [header, ...rows].map((row) => row.map(toCell).join(',')).join('\r\n') + '\r\n';
}

/**
 * The executions table: one row per execution whose history was read (every Express run). With Express
 * runs in it, their bill follows; their transitions are empty when their log records were not read.
 */
export function toExecutionCostCsv(executions: readonly (Omit<ExecutionCost, 'states'> & { stateMachineName?: string })[]): string {
  const express = executions.some((execution) => execution.express);
  return toCsv(
    [
      'stateMachine',
      'executionArn',
      'name',
      'status',
      'startedAt',
      'stoppedAt',
      'durationMs',
      'transitions',
      'costUsd',
      ...(express ? ['type', 'billedDurationMs', 'billedMemoryMb', 'gbSeconds'] : []),
    ],
    executions.map((execution) => [
      execution.stateMachineName ?? execution.executionArn.split(':')[6] ?? '',
      execution.executionArn,
      execution.name,
      execution.status,
      execution.startedAt?.toISOString() ?? null,
      execution.stoppedAt?.toISOString() ?? null,
      execution.durationMs,
      execution.express && !execution.express.transitionsRead ? null : execution.transitions,
      execution.costUsd.toFixed(8),
      ...(!express
        ? []
        : execution.express
          ? ['EXPRESS', execution.express.billedDurationMs, execution.express.billedMemoryMb, execution.express.gbSeconds]
          : ['STANDARD', null, null, null]),
    ]),
  );
}

/** The per-state table: where transitions come from. */
export function toStateTransitionsCsv(states: readonly StateTransitions[]): string {
  return toCsv(
    ['state', 'type', 'visits', 'transitions', ...TRANSITION_SOURCES],
    states.map((row) => [row.state, row.type, row.visits, row.transitions, ...TRANSITION_SOURCES.map((source) => row.bySource[source])]),
  );
}

/** The all-state-machines table: one row per reviewed state machine, with its interval. */
export function toStateMachineCostCsv(reviews: readonly StateMachineCostReview[]): string {
  return toCsv(
    [
      'stateMachine',
      'stateMachineArn',
      'region',
      'mode',
      'executions',
      'historiesRead',
      'transitions',
      'transitionsLow',
      'transitionsHigh',
      'costUsd',
      'priceUsdPer1000Transitions',
    ],
    reviews.map((review) => [
      review.stateMachine.name,
      review.stateMachine.arn,
      review.region,
      review.mode,
      review.executionCount,
      review.measuredCount,
      Math.round(review.transitions.estimate),
      Math.round(review.transitions.low),
      Math.round(review.transitions.high),
      review.costUsd.estimate.toFixed(8),
      review.priceUsdPer1000Transitions,
    ]),
  );
}
