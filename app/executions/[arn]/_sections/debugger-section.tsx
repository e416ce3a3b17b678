import { AutoRefresh } from '@/components/execution-detail/auto-refresh';
import { ExecutionDebugger } from '@/components/execution-detail/execution-debugger';
import { HISTORY_PAGE_SIZE } from '@/components/history/select-history-events';
import { renderDataSourceError } from '@/app/_sections/render-data-source-error';
import { describeStateMachineForExecution, isDataSourceError } from '@/lib/aws';
import { buildGraphModel } from '@/lib/graph/build-graph-model';
import { GraphDefinitionError } from '@/lib/graph/graph-definition-error';
import { inferGraphModel } from '@/lib/graph/infer-graph-model';
import type { GraphModel } from '@/lib/graph/types';
import { readExecutionView, type ExecutionViewData } from './read-execution-view';

/** The definition the execution ran; when it cannot be read, the graph is drawn from the history. */
async function readGraph(executionArn: string, data: ExecutionViewData): Promise<{ graph: GraphModel; note?: string }> {
  const fromHistory = () => inferGraphModel(data.view.visits, data.view.status);
  try {
    const machine = await describeStateMachineForExecution(executionArn);
    return { graph: buildGraphModel(machine.definition) };
  } catch (error) {
    if (isDataSourceError(error)) return { graph: fromHistory(), note: `Drawn from the history: ${error.message}` };
    if (error instanceof GraphDefinitionError) return { graph: fromHistory(), note: `Drawn from the history: ${error.message}` };
    throw error;
  }
}

export async function DebuggerSection({ executionArn }: { executionArn: string }) {
  let data: ExecutionViewData;
  try {
    data = await readExecutionView(executionArn);
  } catch (error) {
    return renderDataSourceError(error, { what: 'The timeline' });
  }
  const { graph, note } = await readGraph(executionArn, data);
  return (
    <div className="space-y-4">
      {data.view.status === 'RUNNING' && <AutoRefresh />}
      <ExecutionDebugger view={data.view} graph={graph} graphNote={note} eventPageSize={HISTORY_PAGE_SIZE} renderedAtMs={data.readAtMs} />
    </div>
  );
}
