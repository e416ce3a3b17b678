import { randomUUID } from 'node:crypto';
import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { costHref } from '@/components/cost/cost-routes';
import { CostReportSkeleton } from '@/components/cost/cost-report-skeleton';
import { CostReviewProgressBar } from '@/components/cost/cost-review-progress-bar';
import { stateMachineHref } from '@/components/routes';
import { BackLink } from '@/components/ui/back-link';
import { PageHeading } from '@/components/ui/page-heading';
import { LINK } from '@/components/ui/table-classes';
import * as stateMachinePage from '@/app/_sections/state-machine-page-params';
import { StateMachineCostSection } from '../_sections/state-machine-cost-section';
import { readCostMode } from '../_sections/read-cost-mode';

export const dynamic = 'force-dynamic';

export async function generateMetadata(props: stateMachinePage.StateMachinePageProps): Promise<Metadata> {
  const arn = await stateMachinePage.stateMachineArnParam(props);
  return { title: `Cost: ${stateMachinePage.stateMachineNameOf(arn) ?? 'state machine'}` };
}

export default async function StateMachineCostPage({ params, searchParams }: stateMachinePage.StateMachinePageProps) {
  const arn = await stateMachinePage.existingStateMachineArn({ params });
  const mode = readCostMode(await searchParams);
  const progressKey = randomUUID();
  return (
    <>
      <BackLink href={costHref()}>Cost review</BackLink>
      <PageHeading title={stateMachinePage.stateMachineNameOf(arn) ?? arn} eyebrow="Cost review">
        <Link className={LINK} href={stateMachineHref(arn)}>
          Executions of this state machine
        </Link>
      </PageHeading>
      <CostReviewProgressBar key={progressKey} progressKey={progressKey} />
      <Suspense key={mode} fallback={<CostReportSkeleton />}>
        <StateMachineCostSection stateMachineArn={arn} mode={mode} progressKey={progressKey} />
      </Suspense>
    </>
  );
}
