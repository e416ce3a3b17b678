import { DataSourceErrorPanel } from '@/components/data-source/data-source-error-panel';
import { ExecutionCharts } from '@/components/metrics/execution-charts';
import { SourceLabel } from '@/components/metrics/source-label';
import { SourceNotes } from '@/components/metrics/source-notes';
import type { StateMachineDetail } from '@/lib/aws';
import type { ExecutionSeries, WindowSpec } from '@/lib/metrics/types';
import { readExecutionSeries } from '@/lib/services';
import { readStateMachine } from '@/app/_sections/read-main-resources';
import { renderDataSourceError } from '@/app/_sections/render-data-source-error';
import { bucketExecutionsHref, type ChartWindowQuery } from './chart-window';

/** The machine's executions over the chart window, each bar linking to the executions of its period. */
export async function ExecutionChartsSection({
  stateMachineArn,
  window,
  chart,
}: {
  stateMachineArn: string;
  window: WindowSpec;
  chart: ChartWindowQuery;
}) {
  let machine: StateMachineDetail;
  let series: ExecutionSeries;
  try {
    machine = await readStateMachine(stateMachineArn);
    series = await readExecutionSeries({
      machine: { arn: machine.arn, name: machine.name, type: machine.type, createdAt: machine.createdAt },
      window,
      now: new Date(),
    });
  } catch (error) {
    return renderDataSourceError(error, { what: 'the charts' });
  }
  if (series.problem) return <DataSourceErrorPanel problem={series.problem} />;
  return (
    <div data-source={series.source.kind}>
      <div className="flex flex-wrap items-center gap-2 px-4 pt-3 text-xs text-zinc-600 dark:text-zinc-400">
        <span>{series.window.label}</span>
        <SourceLabel source={series.source} fallbacks={series.fallbacks} />
      </div>
      <ExecutionCharts series={series} hrefFor={(bucket) => bucketExecutionsHref(machine.arn, bucket, chart)} />
      <SourceNotes rows={[series]} window={series.window} apiCalls={series.apiCalls} />
    </div>
  );
}
