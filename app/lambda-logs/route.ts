import { describeDataSource, filterLambdaLogs, isDataSourceError } from '@/lib/aws';
import { HTTP_STATUS_OF_PROBLEM } from '@/app/_sections/http-status-of-problem';
import { readParsedHistory } from '@/app/executions/[arn]/_sections/read-execution-view';
import { buildLogEventsConsoleUrl } from '@/lib/lambda-logs/build-log-events-console-url';
import { findVisitLambdaInvocation } from '@/lib/lambda-logs/find-visit-lambda-invocation';
import { parseLambdaLogSearchParams } from '@/lib/lambda-logs/lambda-log-request';
import type { LambdaLogsResult } from '@/lib/lambda-logs/lambda-log-types';
import { withRequestCache } from '@/app/_sections/request-cache';

export const dynamic = 'force-dynamic';

const NO_STORE = { 'Cache-Control': 'no-store' };

function answer(result: LambdaLogsResult, status = 200): Response {
  return Response.json(result, { status, headers: NO_STORE });
}

/**
 * The log lines of the Lambda invocation behind one Task visit, for the inspector's Logs tab: the
 * function and request id come from the execution's history, read here on the server (the browser
 * never holds credentials), plus the CloudWatch console link when the data source is real AWS.
 * The history is the one the execution page reads and keeps, parsed, once the execution has finished,
 * so a visit's logs cost a DescribeExecution, not the whole history again (up to 25 pages) nor its parse.
 */
async function answerGet(request: Request): Promise<Response> {
  const parsed = parseLambdaLogSearchParams(new URL(request.url).searchParams);
  if ('error' in parsed) return answer({ kind: 'unavailable', message: parsed.error }, 400);
  let query;
  try {
    const history = await readParsedHistory(parsed.executionArn);
    query = findVisitLambdaInvocation(history.events, parsed.enteredEventId);
  } catch (error) {
    if (!isDataSourceError(error)) throw error;
    return answer({ kind: 'unavailable', message: error.message, hint: error.hint }, HTTP_STATUS_OF_PROBLEM[error.kind]);
  }
  if (!query) return answer({ kind: 'unavailable', message: 'This state did not invoke a Lambda function, so it has no Lambda logs.' });
  const [source, result] = await Promise.all([describeDataSource(), filterLambdaLogs(query)]);
  const consoleUrl = source.isCustomEndpoint ? undefined : buildLogEventsConsoleUrl(query, source.region);
  return answer({ ...result, query, ...(consoleUrl && { consoleUrl }) });
}

// One request cache per request: the reads above share DescribeExecution and the history.
export const GET = withRequestCache(answerGet);
