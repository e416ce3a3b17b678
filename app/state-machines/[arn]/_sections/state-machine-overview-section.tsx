import { StateMachineOverview } from '@/components/state-machines/state-machine-overview';
import { describeStateMachine, type StateMachineDetail } from '@/lib/aws';
import { renderDataSourceError } from '@/app/_sections/render-data-source-error';

export async function StateMachineOverviewSection({ stateMachineArn }: { stateMachineArn: string }) {
  let machine: StateMachineDetail;
  try {
    machine = await describeStateMachine(stateMachineArn);
  } catch (error) {
    return renderDataSourceError(error);
  }
  return <StateMachineOverview machine={machine} />;
}
