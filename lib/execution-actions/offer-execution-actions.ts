import type { ExecutionDetail } from '../domain/execution';
import type { ActionOffer, ExecutionActionOffers } from './types';

/** AWS lets an execution be redriven for 14 days after it closed (https://docs.aws.amazon.com/step-functions/latest/dg/redrive-executions.html). */
export const REDRIVE_WINDOW_DAYS = 14;
const DAY_MS = 86_400_000;
const REDRIVABLE_STATUSES = new Set(['FAILED', 'ABORTED', 'TIMED_OUT']);

const OFFERED: ActionOffer = { offered: true };
const refused = (reason: string): ActionOffer => ({ offered: false, reason });

/** Express executions have no StopExecution or RedriveExecution; their ARNs read `…:express:MACHINE:NAME:ID`. */
function isExpressArn(arn: string): boolean {
  return arn.split(':')[5] === 'express';
}

type Facts = Pick<ExecutionDetail, 'arn' | 'status' | 'stoppedAt' | 'redriveStatus' | 'redriveStatusReason' | 'mapRunArn'>;

function offerStop(execution: Facts): ActionOffer {
  if (isExpressArn(execution.arn)) return refused('Express executions cannot be stopped through the API.');
  if (execution.status !== 'RUNNING') return refused(`Only a running execution can be stopped; this one is ${execution.status}.`);
  return OFFERED;
}

function offerRedrive(execution: Facts, now: Date): ActionOffer {
  if (isExpressArn(execution.arn)) return refused('Only Standard executions can be redriven.');
  if (!REDRIVABLE_STATUSES.has(execution.status)) {
    return refused(`Only a FAILED, ABORTED or TIMED_OUT execution can be redriven; this one is ${execution.status}.`);
  }
  // What DescribeExecution says wins: it knows limits we cannot see (history size, start before redrive existed).
  if (execution.redriveStatus === 'NOT_REDRIVABLE') {
    return refused(`AWS says it cannot be redriven${execution.redriveStatusReason ? `: ${execution.redriveStatusReason}` : '.'}`);
  }
  if (execution.redriveStatus === 'REDRIVABLE_BY_MAP_RUN') {
    return refused('It is a child of a Distributed Map run: redrive the parent execution, which reruns its failed children.');
  }
  if (execution.stoppedAt && now.getTime() - execution.stoppedAt.getTime() > REDRIVE_WINDOW_DAYS * DAY_MS) {
    return refused(`An execution can be redriven only within ${REDRIVE_WINDOW_DAYS} days of closing; this one closed longer ago.`);
  }
  return OFFERED;
}

function offerStart(execution: Facts): ActionOffer {
  if (isExpressArn(execution.arn)) return refused('Express executions are started by their callers; start one from its state machine.');
  return OFFERED;
}

/**
 * Which actions an execution offers, by AWS's rules, and why not when it does not: stop only RUNNING;
 * redrive only a Standard FAILED, ABORTED or TIMED_OUT execution within 14 days of closing that
 * DescribeExecution does not call NOT_REDRIVABLE; start a new one of a Standard machine always.
 */
export function offerExecutionActions(execution: Facts, now: Date): ExecutionActionOffers {
  return { stop: offerStop(execution), redrive: offerRedrive(execution, now), start: offerStart(execution) };
}
