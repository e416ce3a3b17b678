import { ExpressLoggingNotice } from '@/components/express/express-logging-notice';
import { getStateMachineLogCoverage, isDataSourceError, type ExpressLogCoverage } from '@/lib/aws';

/** For Express state machines only: where their executions are read from, and what the logs lack. */
export async function ExpressLoggingSection({ stateMachineArn }: { stateMachineArn: string }) {
  let result: ExpressLogCoverage | null;
  try {
    result = await getStateMachineLogCoverage(stateMachineArn);
  } catch (error) {
    // The overview section reports data-source failures; this notice is an extra.
    if (isDataSourceError(error)) return null;
    throw error;
  }
  if (!result) return null;
  return <ExpressLoggingNotice coverage={result.coverage} logGroupName={result.logGroupName} scope="state-machine" className="mb-6" />;
}
