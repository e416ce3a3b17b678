import { randomUUID } from 'node:crypto';
import type { Metadata } from 'next';
import { Suspense } from 'react';
import { CostReportSkeleton } from '@/components/cost/cost-report-skeleton';
import { CostReviewProgressBar } from '@/components/cost/cost-review-progress-bar';
import { PageHeading } from '@/components/ui/page-heading';
import { failPage } from '../_sections/fail-page';
import { readStateMachines } from '../_sections/read-main-resources';
import { AccountCostSection } from './_sections/account-cost-section';
import { readCostMode } from './_sections/read-cost-mode';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Cost review' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CostPage({ searchParams }: Props) {
  // One cheap call before anything streams, so that a data source that is down makes the page a 500.
  await readStateMachines().catch(failPage);
  const mode = readCostMode(await searchParams);
  // The section reports under this key; the progress bar, outside the Suspense boundary, polls it.
  const progressKey = randomUUID();
  return (
    <>
      <PageHeading title="Cost review" eyebrow="All state machines">
        State transitions and what they cost, from execution histories; Express workflows by requests and GB-seconds from their CloudWatch
        Logs. Estimates at list price unless STATESCOPE_PRICES sets your rates.
      </PageHeading>
      <CostReviewProgressBar key={progressKey} progressKey={progressKey} />
      <Suspense key={mode} fallback={<CostReportSkeleton />}>
        <AccountCostSection mode={mode} progressKey={progressKey} />
      </Suspense>
    </>
  );
}
