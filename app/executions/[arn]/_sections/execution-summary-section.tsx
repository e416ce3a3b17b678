import { ExecutionSummary } from '@/components/executions/execution-summary';
import { renderDataSourceError } from '@/app/_sections/render-data-source-error';
import type { ExecutionDetail } from '@/lib/aws';
import { readExecution } from './read-execution-view';

export async function ExecutionSummarySection({ executionArn }: { executionArn: string }) {
  let execution: ExecutionDetail;
  try {
    execution = await readExecution(executionArn);
  } catch (error) {
    return renderDataSourceError(error);
  }
  return <ExecutionSummary execution={execution} now={new Date()} showFailure={false} showPayloads={false} />;
}
