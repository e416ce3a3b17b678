import { Skeleton } from '@/components/ui/skeleton';

/** The report's layout while the review runs: five figures, the chart, a table. */
export function CostReportSkeleton() {
  return (
    <div role="status" aria-label="Loading the cost review" className="space-y-6">
      <span className="sr-only">Loading the cost review</span>
      <div className="grid grid-cols-2 gap-3 md:grid-cols-5">
        {Array.from({ length: 5 }, (_, index) => (
          <Skeleton key={index} className="h-24" />
        ))}
      </div>
      <Skeleton className="h-80" />
      <Skeleton className="h-64" />
    </div>
  );
}
