import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { OpenSearchBox } from '@/components/layout/open-search-box';
import { executionHref, stateMachineHref } from '@/components/routes';
import { Card } from '@/components/ui/card';
import { PageHeading } from '@/components/ui/page-heading';
import { describeDataSource } from '@/lib/aws';
import { describeRegionMismatch, parseOpenTarget, type OpenTarget } from '@/lib/search/parse-open-target';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Open' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const EXAMPLES = [
  'arn:aws:states:us-east-1:123456789012:execution:my-machine:my-execution',
  'arn:aws:states:us-east-1:123456789012:stateMachine:my-machine',
  'https://us-east-1.console.aws.amazon.com/states/home?region=us-east-1#/v2/executions/details/arn:aws:states:…',
];

function targetHref(target: OpenTarget): string | undefined {
  if (target.kind === 'execution') return executionHref(target.arn);
  if (target.kind === 'state-machine') return stateMachineHref(target.arn);
  return undefined;
}

/** The region the server reads; unknown settings leave the check to the target page's own error. */
async function readRegion(): Promise<string | undefined> {
  try {
    return (await describeDataSource()).region;
  } catch {
    return undefined;
  }
}

/** Where the header search box lands: straight on to the page for what was pasted, or why it can't. */
export default async function OpenPage({ searchParams }: Props) {
  const raw = (await searchParams).q;
  const input = Array.isArray(raw) ? raw[0] : raw;
  const target = input === undefined ? undefined : parseOpenTarget(input);
  const href = target && targetHref(target);
  const region = href ? await readRegion() : undefined;
  const mismatch = target && region ? describeRegionMismatch(target, region) : undefined;
  if (href && !mismatch) redirect(href);
  return (
    <>
      <PageHeading title="Open an execution or a state machine">
        Paste what you have: an ARN, or the address of the execution in the AWS console.
      </PageHeading>
      {target?.kind === 'invalid' && (
        <div
          role="alert"
          className="mb-4 rounded-md border border-amber-300 bg-amber-50 p-4 text-sm dark:border-amber-700/60 dark:bg-amber-950/40"
        >
          <p className="font-semibold text-amber-900 dark:text-amber-200">Nothing to open</p>
          <p className="mt-1 break-words text-amber-900 dark:text-amber-100">{target.message}</p>
        </div>
      )}
      {mismatch && href && (
        <div
          role="alert"
          className="mb-4 rounded-md border border-amber-300 bg-amber-50 p-4 text-sm dark:border-amber-700/60 dark:bg-amber-950/40"
        >
          <p className="font-semibold text-amber-900 dark:text-amber-200">Another region</p>
          <p className="mt-1 break-words text-amber-900 dark:text-amber-100">{mismatch}</p>
          <Link href={href} className="mt-2 inline-block font-medium text-indigo-700 hover:underline dark:text-indigo-300">
            Try to open it here anyway
          </Link>
        </div>
      )}
      <Card>
        <div className="space-y-4 p-4">
          <OpenSearchBox defaultValue={input ?? ''} size="large" />
          <div className="text-sm text-zinc-600 dark:text-zinc-400">
            <p className="mb-1 font-medium">Accepted forms</p>
            <ul className="space-y-1 font-mono text-xs break-all">
              {EXAMPLES.map((example) => (
                <li key={example}>{example}</li>
              ))}
            </ul>
          </div>
        </div>
      </Card>
    </>
  );
}
