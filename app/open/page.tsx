import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { OpenSearchBox } from '@/components/layout/open-search-box';
import { executionHref, stateMachineHref } from '@/components/routes';
import { Card } from '@/components/ui/card';
import { PageHeading } from '@/components/ui/page-heading';
import { parseOpenTarget } from '@/lib/search/parse-open-target';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Open' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const EXAMPLES = [
  'arn:aws:states:us-east-1:123456789012:execution:my-machine:my-execution',
  'arn:aws:states:us-east-1:123456789012:stateMachine:my-machine',
  'https://us-east-1.console.aws.amazon.com/states/home?region=us-east-1#/v2/executions/details/arn:aws:states:…',
];

/** Where the header search box lands: straight on to the page for what was pasted, or why it can't. */
export default async function OpenPage({ searchParams }: Props) {
  const raw = (await searchParams).q;
  const input = Array.isArray(raw) ? raw[0] : raw;
  const target = input === undefined ? undefined : parseOpenTarget(input);
  if (target?.kind === 'execution') redirect(executionHref(target.arn));
  if (target?.kind === 'state-machine') redirect(stateMachineHref(target.arn));
  return (
    <>
      <PageHeading title="Open an execution or a state machine">
        Paste what you have: an ARN, or the address of the execution in the AWS console.
      </PageHeading>
      {target?.kind === 'invalid' && (
        <div role="alert" className="mb-4 rounded-md border border-amber-300 bg-amber-50 p-4 text-sm dark:border-amber-700/60 dark:bg-amber-950/40">
          <p className="font-semibold text-amber-900 dark:text-amber-200">Nothing to open</p>
          <p className="mt-1 break-words text-amber-900 dark:text-amber-100">{target.message}</p>
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
