import { StateMachineOverview } from '@/components/state-machines/state-machine-overview';
import type { StateMachineDetail } from '@/lib/aws';
import { readStateMachine } from '@/app/_sections/read-main-resources';
import { renderDataSourceError } from '@/app/_sections/render-data-source-error';

export async function StateMachineOverviewSection({ stateMachineArn }: { stateMachineArn: string }) {
  let machine: StateMachineDetail;
  try {
    machine = await readStateMachine(stateMachineArn);
  } catch (error) {
    return renderDataSourceError(error);
  }
  return <StateMachineOverview machine={machine} />;
}
