import { StateMachineTable } from '@/components/state-machines/state-machine-table';
import { EmptyState } from '@/components/ui/empty-state';
import { listStateMachines, type StateMachineSummary } from '@/lib/aws';
import { renderDataSourceError } from './render-data-source-error';

export async function StateMachinesSection() {
  let machines: StateMachineSummary[];
  try {
    machines = await listStateMachines();
  } catch (error) {
    return renderDataSourceError(error);
  }
  if (machines.length === 0) {
    return (
      <EmptyState title="No state machines in this account and region">
        Create one, or check that AWS_REGION and the endpoint shown above are the ones you meant.
      </EmptyState>
    );
  }
  return <StateMachineTable machines={machines} />;
}
