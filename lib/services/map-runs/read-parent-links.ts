import type { ExecutionDetail } from '../../domain';
import { describeMapRun } from '../../aws/map-runs';
import { isDataSourceError } from '../../aws/errors';
import { readStartedByExecutionArn } from '../../map-runs/read-parent-execution';
import type { ParentLinks } from '../../map-runs/types';

export type { ParentLinks } from '../../map-runs/types';

/**
 * A child's way back: DescribeExecution gives a Distributed Map child its `mapRunArn`, and
 * DescribeMapRun that run's parent execution; a nested execution names its parent in its input.
 * A Map Run that cannot be described still gives its link, with the reason the parent is missing.
 */
export async function readParentLinks(execution: Pick<ExecutionDetail, 'mapRunArn' | 'input'>): Promise<ParentLinks> {
  const links: ParentLinks = {};
  const startedBy = readStartedByExecutionArn(execution.input);
  if (startedBy) links.startedBy = startedBy;
  if (execution.mapRunArn) {
    try {
      const run = await describeMapRun(execution.mapRunArn);
      links.mapRun = { arn: execution.mapRunArn, executionArn: run.executionArn };
    } catch (error) {
      if (!isDataSourceError(error)) throw error;
      links.mapRun = { arn: execution.mapRunArn, problem: error.message };
    }
  }
  return links;
}
