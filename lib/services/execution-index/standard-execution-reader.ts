import type { CostSfnCaller } from '../../aws/cost-sfn-caller';
import { describeExecutionPaced } from '../../aws/describe-execution-paced';
import { isDataSourceError } from '../../aws/errors';
import { getExecutionHistoryPaced } from '../../aws/get-execution-history-paced';
import { listExecutionsPagePaced } from '../../aws/list-executions-page-paced';
import { detailFromHistory } from '../../execution-index/detail-from-history';
import { forEachConcurrently, TERMINAL_STATUSES, type ExecutionReader, type ReadExecution } from './execution-reader';

/** AWS's words for an execution past its retention (or never there). */
function isExecutionGone(error: unknown): boolean {
  return (
    isDataSourceError(error) &&
    error.kind === 'not-found' &&
    (error.cause as { name?: unknown } | undefined)?.name === 'ExecutionDoesNotExist'
  );
}

/**
 * A Standard state machine through the Step Functions API, every call through the paced caller:
 * ListExecutions pages, then per execution its history with execution data when the listing says it
 * has ended (the history says all DescribeExecution would), else DescribeExecution and, once it has
 * ended, the history; `concurrency` executions at once.
 */
export function standardExecutionReader(options: {
  caller: CostSfnCaller;
  stateMachineArn: string;
  pageSize: number;
  concurrency: number;
}): ExecutionReader {
  const { caller } = options;
  return {
    canDetectGone: true,
    listPage: (nextToken) =>
      listExecutionsPagePaced(caller, { stateMachineArn: options.stateMachineArn, nextToken, maxResults: options.pageSize }),
    async read(executions) {
      const results = new Map<string, ReadExecution>();
      await forEachConcurrently(executions, options.concurrency, async ({ arn, listed }) => {
        try {
          if (listed && TERMINAL_STATUSES.has(listed.status)) {
            const events = await getExecutionHistoryPaced(caller, arn);
            const detail = detailFromHistory(listed, events);
            if (detail) {
              results.set(arn, { kind: 'found', detail, events });
              return;
            }
          }
          const detail = await describeExecutionPaced(caller, arn);
          const events = TERMINAL_STATUSES.has(detail.status) ? await getExecutionHistoryPaced(caller, arn) : undefined;
          results.set(arn, { kind: 'found', detail, events });
        } catch (error) {
          if (!isExecutionGone(error)) throw error;
          results.set(arn, { kind: 'gone' });
        }
      });
      return results;
    },
  };
}
