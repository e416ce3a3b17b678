import { ExecutionPagination } from '@/components/executions/execution-pagination';
import { EXECUTION_STATUS_STYLES } from '@/components/executions/execution-status';
import { ExecutionTable } from '@/components/executions/execution-table';
import { EmptyState } from '@/components/ui/empty-state';
import { listExecutions, type ExecutionPage, type ExecutionStatus } from '@/lib/aws';
import { customPageSize } from './page-size';
import { renderDataSourceError } from '@/app/_sections/render-data-source-error';

export async function ExecutionsSection({ stateMachineArn, status, nextToken, maxResults }: {
  stateMachineArn: string;
  status?: ExecutionStatus;
  nextToken?: string;
  maxResults: number;
}) {
  let page: ExecutionPage;
  try {
    page = await listExecutions({ stateMachineArn, statusFilter: status, nextToken, maxResults });
  } catch (error) {
    const panel = renderDataSourceError(error);
    // A stale or edited token fails only this page: keep the way back to the first one.
    return nextToken ? (
      <>
        {panel}
        <ExecutionPagination stateMachineArn={stateMachineArn} status={status} maxResults={customPageSize(maxResults)} isFirstPage={false} />
      </>
    ) : (
      panel
    );
  }
  if (page.executions.length === 0) {
    return (
      <EmptyState title={status ? `No ${EXECUTION_STATUS_STYLES[status].label.toLowerCase()} executions` : 'No executions yet'}>
        {status
          ? 'Choose another status, or All.'
          : 'Start one with StartExecution; Step Functions keeps Standard executions for 90 days after they close.'}
      </EmptyState>
    );
  }
  return (
    <>
      <ExecutionTable executions={page.executions} now={new Date()} />
      <ExecutionPagination
        stateMachineArn={stateMachineArn}
        status={status}
        maxResults={customPageSize(maxResults)}
        isFirstPage={!nextToken}
        nextToken={page.nextToken}
      />
    </>
  );
}
