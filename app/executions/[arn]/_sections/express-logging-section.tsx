import { ExpressLoggingNotice } from '@/components/express/express-logging-notice';
import { getExecutionLogCoverage, isDataSourceError, type ExpressLogCoverage } from '@/lib/aws';

/** For Express executions only: what the CloudWatch Logs history holds and lacks. */
export async function ExpressLoggingSection({ executionArn }: { executionArn: string }) {
  let result: ExpressLogCoverage | null;
  try {
    result = await getExecutionLogCoverage(executionArn);
  } catch (error) {
    // The summary section reports data-source failures; this notice is an extra.
    if (isDataSourceError(error)) return null;
    throw error;
  }
  if (!result) return null;
  return <ExpressLoggingNotice coverage={result.coverage} logGroupName={result.logGroupName} scope="execution" className="mt-6" />;
}
