import type { Metadata } from 'next';
import { Suspense } from 'react';
import { CompareFiles } from '@/components/compare/compare-files';
import { CompareForm } from '@/components/compare/compare-form';
import { readSearchParam } from '@/components/routes';
import { Skeleton } from '@/components/ui/skeleton';
import { PageHeading } from '@/components/ui/page-heading';
import { failPage } from '@/app/_sections/fail-page';
import { readExecution } from '@/app/executions/[arn]/_sections/read-execution-view';
import { readCompareQuery } from '@/lib/compare/read-compare-query';
import { CompareHeaderSection } from './_sections/compare-header-section';
import { ComparisonSection } from './_sections/comparison-section';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Compare executions' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const INTRO =
  'Where two executions went different ways: the first state whose outcome or next state differs, both paths on one graph, and every state side by side.';

export default async function ComparePage({ searchParams }: Props) {
  const query = await searchParams;
  const parsed = readCompareQuery(readSearchParam(query.a), readSearchParam(query.b));
  if (parsed.kind !== 'valid') {
    // An invalid query is answered with status 400 by proxy.ts (app/_proxy/answer-invalid-compare.ts).
    return (
      <>
        <PageHeading eyebrow="Compare" title="Compare two executions">
          {INTRO}
        </PageHeading>
        {parsed.kind === 'invalid' && (
          <p
            role="alert"
            data-testid="compare-query-error"
            className="mb-4 rounded-md border border-red-300 bg-red-50 px-4 py-2 text-sm break-words text-red-900 dark:border-red-800 dark:bg-red-950/40 dark:text-red-100"
          >
            {parsed.message}
          </p>
        )}
        <CompareForm a={parsed.kind === 'invalid' ? parsed.a : undefined} b={parsed.kind === 'invalid' ? parsed.b : undefined} />
        <h2 className="mt-8 mb-2 text-sm font-semibold">Or compare two saved history files</h2>
        <CompareFiles />
      </>
    );
  }
  const { a, b } = parsed;
  // Before anything streams: an unknown execution is a 404, a data source that is down a 500.
  await Promise.all([readExecution(a), readExecution(b)]).catch(failPage);
  return (
    <>
      <PageHeading eyebrow="Compare" title="A against B">
        {INTRO}
      </PageHeading>
      <Suspense fallback={<Skeleton className="h-28 w-full" />}>
        <CompareHeaderSection a={a} b={b} />
      </Suspense>
      <div className="mt-4">
        <Suspense fallback={<Skeleton className="h-96 w-full" />}>
          <ComparisonSection a={a} b={b} />
        </Suspense>
      </div>
    </>
  );
}
