import { StateMachineOverviewSkeleton } from '@/components/state-machines/state-machine-overview';
import { Card } from '@/components/ui/card';
import { Skeleton, TableSkeleton } from '@/components/ui/skeleton';

export default function Loading() {
  return (
    <>
      <Skeleton className="mb-3 h-4 w-28" />
      <StateMachineOverviewSkeleton />
      <Card title="Executions">
        <TableSkeleton label="Loading executions" columns={6} />
      </Card>
    </>
  );
}
