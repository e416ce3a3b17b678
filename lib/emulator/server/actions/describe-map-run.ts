import { findMapRun } from '../../map-runs/find-map-run';
import { mapRunStoreOf, type ChildCounts, type RedriveCounts } from '../../map-runs/map-run-store';
import { toEpochSeconds, type ActionContext, type ActionResult } from '../action-context';
import { requiredString, type RequestBody } from '../request-fields';

type Measure = 'executions' | 'items';

/**
 * itemCounts / executionCounts: children by status; pending = not started yet; pendingRedrive = the
 * unsuccessful ones a Map Run redrive has yet to redrive; failuresNotRedrivable = failed ones it could not.
 */
function countsOf(counts: ChildCounts, redrive: RedriveCounts, total: number, measure: Measure, resultsWritten: number) {
  const started = Object.values(counts).reduce((sum, entry) => sum + entry[measure], 0);
  return {
    pending: Math.max(0, total - started),
    running: counts.RUNNING[measure],
    succeeded: counts.SUCCEEDED[measure],
    failed: counts.FAILED[measure],
    timedOut: counts.TIMED_OUT[measure],
    aborted: counts.ABORTED[measure],
    total,
    resultsWritten,
    failuresNotRedrivable: redrive.failuresNotRedrivable[measure],
    pendingRedrive: redrive.pendingRedrive[measure],
  };
}

/** DescribeMapRun: status, dates, limits and the item and child execution counts. */
export function describeMapRun(body: RequestBody, context: ActionContext): ActionResult {
  const run = findMapRun(context, requiredString(body, 'mapRunArn', 2000));
  const runs = mapRunStoreOf(context.store);
  const counts = runs.childCounts(run.id);
  const redrive = runs.redriveCounts(run.id);
  // resultsWritten counts items for itemCounts and child executions for executionCounts.
  const executionsWritten = run.itemTotal > 0 ? Math.round((run.resultsWritten / run.itemTotal) * run.executionTotal) : 0;
  return {
    mapRunArn: run.arn,
    executionArn: run.executionArn,
    status: run.status,
    startDate: toEpochSeconds(run.startDateMs),
    ...(run.stopDateMs !== null ? { stopDate: toEpochSeconds(run.stopDateMs) } : {}),
    maxConcurrency: run.maxConcurrency,
    toleratedFailurePercentage: run.toleratedFailurePercentage,
    toleratedFailureCount: run.toleratedFailureCount,
    itemCounts: countsOf(counts, redrive, run.itemTotal, 'items', run.resultsWritten),
    executionCounts: countsOf(counts, redrive, run.executionTotal, 'executions', executionsWritten),
    redriveCount: run.redriveCount,
    ...(run.redriveDateMs !== null ? { redriveDate: toEpochSeconds(run.redriveDateMs) } : {}),
  };
}
