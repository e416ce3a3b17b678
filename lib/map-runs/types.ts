import type { ExecutionSummary } from '../domain';

/**
 * A Distributed Map run as every layer sees it (DescribeMapRun, ListMapRuns and ListExecutions by
 * Map Run, https://docs.aws.amazon.com/step-functions/latest/apireference/API_DescribeMapRun.html).
 * Types and constants only.
 */

export const MAP_RUN_STATUSES = ['RUNNING', 'SUCCEEDED', 'FAILED', 'ABORTED'] as const;
export type MapRunStatus = (typeof MAP_RUN_STATUSES)[number];

export const MAP_RUN_COUNT_KEYS = ['pending', 'running', 'succeeded', 'failed', 'timedOut', 'aborted'] as const;
export type MapRunCountKey = (typeof MAP_RUN_COUNT_KEYS)[number];

/** DescribeMapRun's `itemCounts` or `executionCounts`. */
export type MapRunCounts = Record<MapRunCountKey, number> & {
  total: number;
  resultsWritten: number;
  failuresNotRedrivable?: number;
  pendingRedrive?: number;
};

export interface MapRunDetail {
  arn: string;
  /** The parent execution: the one whose Distributed Map state started this run. */
  executionArn: string;
  status: MapRunStatus;
  startedAt: Date;
  stoppedAt?: Date;
  /** 0 means no limit (AWS then runs up to 10,000 children at once). */
  maxConcurrency: number;
  toleratedFailurePercentage: number;
  toleratedFailureCount: number;
  itemCounts: MapRunCounts;
  executionCounts: MapRunCounts;
  redriveCount: number;
  redriveDate?: Date;
}

/** One ListMapRuns row. */
export interface MapRunListItem {
  arn: string;
  executionArn: string;
  /** The child workflow: `…:stateMachine:NAME/LABEL`. */
  stateMachineArn: string;
  startedAt: Date;
  stoppedAt?: Date;
}

/** A child workflow execution of a Map Run, as ListExecutions by `mapRunArn` lists it. */
export interface MapRunChildExecution extends ExecutionSummary {
  /** Items this child processed (more than 1 with an ItemBatcher). */
  itemCount?: number;
}

export interface MapRunChildPage {
  executions: MapRunChildExecution[];
  nextToken?: string;
}

/** Where an execution came from, when another execution started it. */
export interface ParentLinks {
  /** A Distributed Map child: its Map Run and the execution that ran the Map state. */
  mapRun?: { arn: string; executionArn?: string; problem?: string };
  /** Started by a StartExecution task that passed `$$.Execution.Id` (AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID). */
  startedBy?: string;
}
