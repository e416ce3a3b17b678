import { randomUUID } from 'node:crypto';
import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { costHref } from '@/components/cost/cost-routes';
import { CostReportSkeleton } from '@/components/cost/cost-report-skeleton';
import { CostReviewProgressBar } from '@/components/cost/cost-review-progress-bar';
import { decodeArnParam, stateMachineHref } from '@/components/routes';
import { BackLink } from '@/components/ui/back-link';
import { PageHeading } from '@/components/ui/page-heading';
import { LINK } from '@/components/ui/table-classes';
import { failPage } from '@/app/_sections/fail-page';
import { readStateMachine } from '@/app/_sections/read-main-resources';
import { StateMachineCostSection } from '../_sections/state-machine-cost-section';
import { readCostMode } from '../_sections/read-cost-mode';

export const dynamic = 'force-dynamic';

type Props = {
  params: Promise<{ arn: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const arn = decodeArnParam((await params).arn);
  return { title: `Cost: ${arn.split(':').at(-1) ?? 'state machine'}` };
}

export default async function StateMachineCostPage({ params, searchParams }: Props) {
  const arn = decodeArnParam((await params).arn);
  // Before anything streams: an unknown state machine is a 404, a data source that is down a 500.
  await readStateMachine(arn).catch(failPage);
  const mode = readCostMode(await searchParams);
  const progressKey = randomUUID();
  return (
    <>
      <BackLink href={costHref()}>Cost review</BackLink>
      <PageHeading title={arn.split(':').at(-1) ?? arn} eyebrow="Cost review">
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
