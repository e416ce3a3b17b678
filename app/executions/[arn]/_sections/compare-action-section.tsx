import { CompareAction } from '@/components/compare/compare-action';
import { isDataSourceError, type ExecutionDetail } from '@/lib/aws';
import { findLastSucceededExecution } from '@/lib/services';
import { readExecution } from './read-execution-view';

const FAILED = new Set(['FAILED', 'TIMED_OUT', 'ABORTED']);

/** The compare links under the summary; a failed execution's looks up its machine's last succeeded run. */
export async function CompareActionSection({ executionArn }: { executionArn: string }) {
  let execution: ExecutionDetail;
  try {
    execution = await readExecution(executionArn);
  } catch {
    return null; // The summary above shows what went wrong.
  }
  if (!FAILED.has(execution.status)) return <CompareAction executionArn={executionArn} lastSucceeded={undefined} />;
  // When listing fails (throttled, no permission), the choose-your-own link still works.
  const lastSucceeded = await findLastSucceededExecution(execution).catch((error: unknown) => {
    if (!isDataSourceError(error)) throw error;
    return undefined;
  });
  return <CompareAction executionArn={executionArn} lastSucceeded={lastSucceeded} />;
}
