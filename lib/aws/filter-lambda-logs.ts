import { FilterLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import type { LambdaLogQuery, LambdaLogsResult } from '../lambda-logs/lambda-log-types';
import { isDataSourceError } from './errors';
import { sendLogs } from './send-logs';

/** One page, a few hundred lines: enough for one invocation, and a bounded read for a time window. */
export const LAMBDA_LOG_LINE_LIMIT = 300;

/**
 * The log lines of a Lambda invocation from `/aws/lambda/NAME`: the lines holding the request id when
 * it is known (Lambda writes it on START, END, REPORT and every console line), else every line of the
 * time window. Expected failures come back as a message, never thrown: a missing group says so by name.
 */
export async function filterLambdaLogs(query: LambdaLogQuery): Promise<LambdaLogsResult> {
  try {
    const page = await sendLogs('FilterLogEvents', query.logGroupName, (logs) =>
      logs.send(
        new FilterLogEventsCommand({
          logGroupName: query.logGroupName,
          ...(query.requestId && { filterPattern: `"${query.requestId}"` }),
          startTime: Math.max(0, Math.floor(query.startMs)),
          endTime: Math.ceil(query.endMs),
          limit: LAMBDA_LOG_LINE_LIMIT,
        }),
      ),
    );
    const lines = (page.events ?? []).map((event) => ({ timestampMs: event.timestamp ?? 0, message: event.message ?? '' }));
    return { kind: 'lines', lines, truncated: page.nextToken !== undefined && lines.length >= LAMBDA_LOG_LINE_LIMIT };
  } catch (error) {
    if (!isDataSourceError(error)) throw error;
    if (error.kind === 'not-found') {
      return {
        kind: 'unavailable',
        message: `There is no log group ${query.logGroupName} in this region and account.`,
        hint: 'The function may log elsewhere (a custom log group), live in another region, or never have run here.',
      };
    }
    return { kind: 'unavailable', message: error.message, hint: error.hint };
  }
}
