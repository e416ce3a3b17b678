import Link from 'next/link';

/**
 * A Map Run address whose ARN or status filter cannot be read; proxy.ts answers it with status 400
 * (app/_proxy/answer-invalid-map-run.ts).
 */
export function InvalidMapRunAddress({ message }: { message: string }) {
  return (
    <div className="py-16 text-center">
      <h1 className="text-xl font-semibold">This is not a Map Run address Statescope can read</h1>
      <p data-testid="invalid-map-run" className="mx-auto mt-2 max-w-xl text-sm break-words text-zinc-600 dark:text-zinc-400">
        {message}
      </p>
      <p className="mx-auto mt-3 max-w-xl text-sm text-zinc-600 dark:text-zinc-400">
        A Distributed Map state&rsquo;s Map Run is linked from its execution&rsquo;s graph; its ARN is in the execution&rsquo;s{' '}
        <code className="font-mono text-xs">MapRunStarted</code> event.
      </p>
      <Link href="/" className="mt-4 inline-block text-sm font-medium text-indigo-600 hover:underline dark:text-indigo-400">
        Back to state machines
      </Link>
    </div>
  );
}
