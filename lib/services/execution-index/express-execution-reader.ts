import { describeExpressLogging } from '../../aws/describe-express-logging';
import { toExpressExecutionDetail } from '../../aws/describe-express-execution';
import { isDataSourceError } from '../../aws/errors';
import { toExpressHistoryEvents } from '../../aws/get-express-execution-history';
import { listExecutions } from '../../aws/list-executions';
import { loggingOffError, readExpressExecutionRecords } from '../../aws/read-express-execution-records';
import { readExpressRecordsInBulk } from '../../aws/read-express-records-in-bulk';
import type { LogRecord } from '../../history/to-log-execution-event';
import { forEachConcurrently, TERMINAL_STATUSES, type ExecutionReader, type ReadExecution } from './execution-reader';

/**
 * An Express state machine from its CloudWatch Logs log group: listed from execution-level records
 * (30 days back), and a page's executions read in one FilterLogEvents sweep of their time span, else
 * one by one. The history is what the log level kept (ALL: every event; ERROR: failures only).
 */
export async function expressExecutionReader(options: {
  stateMachineArn: string;
  pageSize: number;
  concurrency: number;
}): Promise<ExecutionReader> {
  const logging = await describeExpressLogging(options.stateMachineArn);
  const logGroupName = logging.logGroupName;
  if (logging.level === 'OFF' || !logGroupName) throw loggingOffError(options.stateMachineArn, 'its executions cannot be indexed');
  return {
    canDetectGone: false,
    listPage: (nextToken) => listExecutions({ stateMachineArn: options.stateMachineArn, nextToken, maxResults: options.pageSize }),
    async read(executions) {
      const results = new Map<string, ReadExecution>();
      const dated = executions.filter((e): e is { arn: string; startedAt: Date } => e.startedAt !== undefined);
      const swept =
        dated.length > 1
          ? await readExpressRecordsInBulk({ logGroupName, stateMachineArn: options.stateMachineArn, executions: dated })
          : undefined;
      await forEachConcurrently(executions, options.concurrency, async ({ arn, startedAt }) => {
        let records: LogRecord[] | undefined = swept?.get(arn);
        if (!records) {
          try {
            records = (await readExpressExecutionRecords(arn, startedAt)).records;
          } catch (error) {
            if (!(isDataSourceError(error) && error.kind === 'not-found')) throw error;
            results.set(arn, { kind: 'gone' });
            return;
          }
        }
        if (records.length === 0) {
          results.set(arn, { kind: 'gone' });
          return;
        }
        const detail = toExpressExecutionDetail(arn, options.stateMachineArn, records);
        const events = TERMINAL_STATUSES.has(detail.status) ? toExpressHistoryEvents(arn, records) : undefined;
        results.set(arn, { kind: 'found', detail, events });
      });
      return results;
    },
  };
}
