import { ExecutionPagination } from '@/components/executions/execution-pagination';
import { EXECUTION_STATUS_STYLES } from '@/components/executions/execution-status';
import { ExecutionTable } from '@/components/executions/execution-table';
import type { ExecutionsListQuery } from '@/components/executions/executions-list-query';
import { ExecutionsListNotes } from '@/components/executions/executions-list-notes';
import { InvalidFilterMessage } from '@/components/executions/invalid-filter-message';
import { EmptyState } from '@/components/ui/empty-state';
import { isDataSourceError, listMatchingExecutions } from '@/lib/aws';
import { hasExecutionFilter } from '@/lib/execution-list/execution-filter';
import { toTimeRange } from '@/lib/execution-list/execution-time-range';
import type { ExecutionScan } from '@/lib/execution-list/scan-execution-pages';
import { sortExecutions } from '@/lib/execution-list/sort-executions';
import { renderDataSourceError } from '@/app/_sections/render-data-source-error';
import { readRowFailures } from './read-row-failures';

/** Pages one filtered request may read looking for matches (each `pageSize` executions). */
const MAX_FILTER_PAGES = 10;

export async function ExecutionsSection({
  stateMachineArn,
  query,
  pageSize,
}: {
  stateMachineArn: string;
  query: ExecutionsListQuery;
  pageSize: number;
}) {
  const now = new Date();
  const range = toTimeRange({ range: query.range, from: query.from, to: query.to }, now);
  if (!range.ok) return <InvalidFilterMessage message={range.message} />;
  const filter = { nameContains: query.name, startedFrom: range.startedFrom, startedTo: range.startedTo };
  const filtered = hasExecutionFilter(filter);

  let scan: ExecutionScan;
  try {
    scan = await listMatchingExecutions({
      stateMachineArn,
      statusFilter: query.status,
      nextToken: query.nextToken,
      maxResults: pageSize,
      filter,
      maxPages: MAX_FILTER_PAGES,
    });
  } catch (error) {
    // A stale or edited token fails only this section, so it gets the full panel; anything else also
    // failed the state machine section above, which already shows it.
    const onlyHere = isDataSourceError(error) && error.kind === 'invalid-input';
    const panel = renderDataSourceError(error, onlyHere ? undefined : { what: 'The executions' });
    // Keep the way back to the first page.
    return (
      <>
        {panel}
        <ExecutionPagination stateMachineArn={stateMachineArn} query={query} />
      </>
    );
  }
  const pagination = <ExecutionPagination stateMachineArn={stateMachineArn} query={query} nextToken={scan.nextToken} />;
  const notes = { scan, maxPages: MAX_FILTER_PAGES, filtered, startedFrom: range.startedFrom, startedTo: range.startedTo };
  if (scan.executions.length === 0) {
    const statusWord = query.status ? `${EXECUTION_STATUS_STYLES[query.status].label.toLowerCase()} ` : '';
    return (
      <>
        <EmptyState
          title={
            filtered ? `No ${statusWord}executions match these filters` : query.status ? `No ${statusWord}executions` : 'No executions yet'
          }
        >
          {filtered
            ? scan.nextToken
              ? 'None in the pages read so far; Next page searches further back.'
              : 'Try a longer time range or a shorter part of the name.'
            : query.status
              ? 'Choose another status, or All.'
              : 'Start one with StartExecution; Step Functions keeps Standard executions for 90 days after they close.'}
        </EmptyState>
        <ExecutionsListNotes {...notes} />
        {pagination}
      </>
    );
  }
  const executions = query.sort ? sortExecutions(scan.executions, query.sort, query.dir ?? 'desc', now) : scan.executions;
  const failures = await readRowFailures(executions);
  return (
    <>
      <ExecutionTable executions={executions} now={now} stateMachineArn={stateMachineArn} query={query} failures={failures} />
      <ExecutionsListNotes {...notes} sort={query.sort} dir={query.dir} />
      {pagination}
    </>
  );
}
