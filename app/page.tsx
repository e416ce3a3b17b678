import { Suspense } from 'react';
import { Card } from '@/components/ui/card';
import { PageHeading } from '@/components/ui/page-heading';
import { TableSkeleton } from '@/components/ui/skeleton';
import { StateMachinesSection } from './_sections/state-machines-section';

export const dynamic = 'force-dynamic';

export default function HomePage() {
  return (
    <>
      <PageHeading title="State machines">Pick a state machine to see its executions.</PageHeading>
      <Card>
        <Suspense fallback={<TableSkeleton label="Loading state machines" columns={4} />}>
          <StateMachinesSection />
        </Suspense>
      </Card>
    </>
  );
}
