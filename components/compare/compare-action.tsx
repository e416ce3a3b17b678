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
    <p className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm" data-testid="compare-action">
      {lastSucceeded === null && (
        <span className="text-zinc-600 dark:text-zinc-300">No succeeded run of this state machine to compare with.</span>
      )}
      {lastSucceeded && (
        <Link href={compareHref(executionArn, lastSucceeded.arn)} className={link} title={`Compare with ${lastSucceeded.name}`}>
          Compare with the last succeeded run
        </Link>
      )}
      <Link href={compareHref(executionArn)} className={link}>
        Compare with another execution…
      </Link>
    </p>
  );
}
