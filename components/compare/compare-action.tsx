import Link from 'next/link';

const compareHref = (a: string, b?: string) => `/compare?${new URLSearchParams(b ? { a, b } : { a }).toString()}`;

/**
 * On an execution's page: for a failed one, compare it with the last succeeded run of its state
 * machine (or say there is none); for any, compare it with an execution of one's choosing.
 */
export function CompareAction({
  executionArn,
  lastSucceeded,
}: {
  executionArn: string;
  lastSucceeded: { arn: string; name: string } | null | undefined;
}) {
  const link =
    'font-medium text-indigo-700 underline underline-offset-2 hover:text-indigo-900 dark:text-indigo-300 dark:hover:text-indigo-100';
  return (
    <span className="flex flex-wrap items-center gap-x-4 gap-y-1" data-testid="compare-action">
      {lastSucceeded === null && (
        <span className="text-zinc-600 dark:text-zinc-300">
          No succeeded run<span className="hidden sm:inline"> of this state machine</span> to compare with.
        </span>
      )}
      {/* Not prefetched: the comparison reads two whole histories, too much to spend on a link in view. */}
      {lastSucceeded && (
        <Link
          href={compareHref(executionArn, lastSucceeded.arn)}
          prefetch={false}
          className={link}
          title={`Compare with ${lastSucceeded.name}`}
        >
          {/* Short on a phone, so the links take one line and the root cause stays on the first screen. */}
          <span className="sm:hidden">Compare with last success</span>
          <span className="hidden sm:inline">Compare with the last succeeded run</span>
        </Link>
      )}
      {/* On a phone the one link fits beside the eyebrow; /compare itself takes any ARN. */}
      <Link href={compareHref(executionArn)} prefetch={false} className={`${link} hidden sm:inline`}>
        Compare with another execution…
      </Link>
    </span>
  );
}
