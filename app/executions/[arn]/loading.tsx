import { DebuggerSkeleton } from '@/components/execution-detail/debugger-skeleton';
import { ExecutionSummarySkeleton } from '@/components/executions/execution-summary';
import { HistoryEventTableSkeleton } from '@/components/history/history-event-table';
import { Card } from '@/components/ui/card';
import { Skeleton } from '@/components/ui/skeleton';

export default function Loading() {
  return (
    <>
      <div className="mb-6 space-y-2">
        <Skeleton className="h-3 w-20" />
        <Skeleton className="h-8 w-80" />
      </div>
      <ExecutionSummarySkeleton />
      <div className="mt-6">
        <DebuggerSkeleton />
      </div>
      <div className="mt-6">
        <Card title="History events">
          <HistoryEventTableSkeleton />
        </Card>
      </div>
    </>
  );
}
