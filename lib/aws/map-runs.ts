import { DescribeMapRunCommand, ListExecutionsCommand, ListMapRunsCommand } from '@aws-sdk/client-sfn';
import type { MapRunExecutionCounts, MapRunItemCounts } from '@aws-sdk/client-sfn';
import type { ExecutionStatus } from '../domain';
import {
  MAP_RUN_STATUSES,
  type MapRunChildPage,
  type MapRunCounts,
  type MapRunDetail,
  type MapRunListItem,
  type MapRunStatus,
} from '../map-runs/types';
import { sendSfn } from './send-sfn';
import { toDate, toExecutionSummary, toOptionalDate } from './to-domain';

/**
 * The Map Run calls (https://docs.aws.amazon.com/step-functions/latest/apireference/API_DescribeMapRun.html,
 * API_ListMapRuns.html, API_ListExecutions.html with `mapRunArn`): one page each, SDK shapes turned
 * into lib/map-runs types, failures mapped by sendSfn like every adapter call.
 */

function toMapRunStatus(status: string | undefined): MapRunStatus {
  const found = MAP_RUN_STATUSES.find((known) => known === status);
  // A status AWS adds later must be added to MAP_RUN_STATUSES (and its tables), not guessed.
  if (!found) throw new Error(`Unknown Map Run status from Step Functions: ${String(status)}`);
  return found;
}

function toMapRunCounts(counts: MapRunItemCounts | MapRunExecutionCounts | undefined): MapRunCounts {
  const result: MapRunCounts = {
    pending: counts?.pending ?? 0,
    running: counts?.running ?? 0,
    succeeded: counts?.succeeded ?? 0,
    failed: counts?.failed ?? 0,
    timedOut: counts?.timedOut ?? 0,
    aborted: counts?.aborted ?? 0,
    total: counts?.total ?? 0,
    resultsWritten: counts?.resultsWritten ?? 0,
  };
  if (counts?.failuresNotRedrivable !== undefined) result.failuresNotRedrivable = counts.failuresNotRedrivable;
  if (counts?.pendingRedrive !== undefined) result.pendingRedrive = counts.pendingRedrive;
  return result;
}

export async function describeMapRun(mapRunArn: string): Promise<MapRunDetail> {
  const out = await sendSfn('DescribeMapRun', mapRunArn, (sfn) => sfn.send(new DescribeMapRunCommand({ mapRunArn })));
  const detail: MapRunDetail = {
    arn: out.mapRunArn ?? mapRunArn,
    executionArn: out.executionArn ?? '',
    status: toMapRunStatus(out.status),
    startedAt: toDate(out.startDate),
    maxConcurrency: out.maxConcurrency ?? 0,
    toleratedFailurePercentage: out.toleratedFailurePercentage ?? 0,
    toleratedFailureCount: out.toleratedFailureCount ?? 0,
    itemCounts: toMapRunCounts(out.itemCounts),
    executionCounts: toMapRunCounts(out.executionCounts),
    redriveCount: out.redriveCount ?? 0,
  };
  const stoppedAt = toOptionalDate(out.stopDate);
  if (stoppedAt) detail.stoppedAt = stoppedAt;
  const redriveDate = toOptionalDate(out.redriveDate);
  if (redriveDate) detail.redriveDate = redriveDate;
  return detail;
}

/** One page of the Map Runs an execution started, as ListMapRuns returns them. */
export async function listMapRuns(
  executionArn: string,
  page: { nextToken?: string; maxResults?: number } = {},
): Promise<{ mapRuns: MapRunListItem[]; nextToken?: string }> {
  const out = await sendSfn('ListMapRuns', executionArn, (sfn) =>
    sfn.send(new ListMapRunsCommand({ executionArn, nextToken: page.nextToken || undefined, maxResults: page.maxResults })),
  );
  return {
    mapRuns: (out.mapRuns ?? []).map((item) => {
      const run: MapRunListItem = {
        arn: item.mapRunArn ?? '',
        executionArn: item.executionArn ?? executionArn,
        stateMachineArn: item.stateMachineArn ?? '',
        startedAt: toDate(item.startDate),
      };
      const stoppedAt = toOptionalDate(item.stopDate);
      if (stoppedAt) run.stoppedAt = stoppedAt;
      return run;
    }),
    nextToken: out.nextToken,
  };
}

export interface ListMapRunExecutionsInput {
  mapRunArn: string;
  statusFilter?: ExecutionStatus;
  nextToken?: string;
  /** 1–1000; AWS defaults to 100. */
  maxResults?: number;
}

/** One page of a Map Run's child executions, newest first (ListExecutions with `mapRunArn`). */
export async function listMapRunExecutions(input: ListMapRunExecutionsInput): Promise<MapRunChildPage> {
  const out = await sendSfn('ListExecutions', input.mapRunArn, (sfn) =>
    sfn.send(
      new ListExecutionsCommand({
        mapRunArn: input.mapRunArn,
        statusFilter: input.statusFilter,
        nextToken: input.nextToken || undefined,
        maxResults: input.maxResults,
      }),
    ),
  );
  return {
    executions: (out.executions ?? []).map((item) => {
      const child = {
        ...toExecutionSummary(item, item.stateMachineArn ?? ''),
        ...(item.itemCount !== undefined && { itemCount: item.itemCount }),
      };
      return child;
    }),
    nextToken: out.nextToken,
  };
}
