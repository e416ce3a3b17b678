import { ComparisonView } from '@/components/compare/comparison-view';
import { renderDataSourceError } from '@/app/_sections/render-data-source-error';
import { readExecution, readExecutionView, type ExecutionViewData } from '@/app/executions/[arn]/_sections/read-execution-view';
import { describeStateMachineForExecution, isDataSourceError } from '@/lib/aws';
import { compareExecutions } from '@/lib/compare/compare-executions';
import { withoutPayloads } from '@/lib/compare/without-payloads';
import { buildGraphModel } from '@/lib/graph/build-graph-model';
import { layoutGraphIfPossible } from '@/lib/graph/cached-graph-layout';
import { GraphDefinitionError } from '@/lib/graph/graph-definition-error';
import { inferGraphModel } from '@/lib/graph/infer-graph-model';
import type { GraphModel } from '@/lib/graph/types';

/** A's definition; when it cannot be read, A's graph is drawn from its history. */
async function readGraph(executionArn: string, data: ExecutionViewData): Promise<{ graph: GraphModel; note?: string }> {
  try {
    return { graph: buildGraphModel((await describeStateMachineForExecution(executionArn)).definition) };
  } catch (error) {
    if (isDataSourceError(error) || error instanceof GraphDefinitionError) {
      return { graph: inferGraphModel(data.view.visits, data.view.status), note: `Drawn from A's history: ${error.message}` };
    }
    throw error;
  }
}

/** Both histories read through the execution page's own data path, compared, and drawn. */
export async function ComparisonSection({ a, b }: { a: string; b: string }) {
  let views: [ExecutionViewData, ExecutionViewData];
  let sameMachine: boolean;
  try {
    views = await Promise.all([readExecutionView(a), readExecutionView(b)]);
    const [left, right] = await Promise.all([readExecution(a), readExecution(b)]);
    sameMachine = left.stateMachineArn === right.stateMachineArn;
  } catch (error) {
    return renderDataSourceError(error, { what: 'The comparison' });
  }
  const [viewA, viewB] = views.map((data) => data.view) as [ExecutionViewData['view'], ExecutionViewData['view']];
  const { graph, note } = await readGraph(a, views[0]);
  return (
    <ComparisonView
      comparison={compareExecutions(viewA, viewB)}
      graph={graph}
      graphLayout={await layoutGraphIfPossible(graph)}
      graphNote={note}
      a={{ status: viewA.status, visits: withoutPayloads(viewA.visits) }}
      b={{ status: viewB.status, visits: withoutPayloads(viewB.visits) }}
      sameMachine={sameMachine}
    />
  );
}
