import { ChildExecutionsTableSkeleton } from '@/components/map-runs/child-executions-table';
import { Card } from '@/components/ui/card';
import { Skeleton } from '@/components/ui/skeleton';

export default function MapRunLoading() {
  return (
    <>
      <div className="mb-6 space-y-2">
        <Skeleton className="h-3 w-20" />
        <Skeleton className="h-7 w-72" />
      </div>
      <div className="grid grid-cols-[minmax(0,1fr)] gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <Card title="Run">
          <Skeleton className="m-4 h-56" />
        </Card>
        <Card title="Items">
          <Skeleton className="m-4 h-56" />
        </Card>
      </div>
      <div className="mt-6">
        <Card title="Child executions">
          <ChildExecutionsTableSkeleton />
        </Card>
      </div>
    </>
  );
}
