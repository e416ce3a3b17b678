import type { DataSourceProblem, StateMachineSummary } from '@/lib/domain';
import { DataSourceErrorPanel } from '../data-source/data-source-error-panel';
import { Skeleton } from '../ui/skeleton';
import { TD } from '../ui/table-classes';
import { StateMachineNameCell } from './state-machine-name-cell';

/** Cells after the name, so the other row states stay as wide as the real row. */
export const OVERVIEW_DATA_COLUMNS = 5;

export function OverviewRowSkeleton({ machine }: { machine: StateMachineSummary }) {
  return (
    <tr data-state-machine={machine.name} aria-busy="true">
      <StateMachineNameCell machine={machine} />
      {Array.from({ length: OVERVIEW_DATA_COLUMNS }, (_, index) => (
        <td key={index} className={TD}>
          <Skeleton className="h-4 w-20" />
          <Skeleton className="mt-2 h-4 w-28" />
        </td>
      ))}
    </tr>
  );
}

/** One state machine whose executions could not be read; the other rows keep working. */
export function OverviewRowProblem({ machine, problem }: { machine: StateMachineSummary; problem: DataSourceProblem }) {
  return (
    <tr data-state-machine={machine.name}>
      <StateMachineNameCell machine={machine} />
      <td colSpan={OVERVIEW_DATA_COLUMNS} className={`${TD} p-0`}>
        <DataSourceErrorPanel problem={problem} />
      </td>
    </tr>
  );
}
