'use client';

import { useEffect } from 'react';

/** The body of every `error.tsx`: one plain sentence, the digest to find the server log, Try again. */
export function UnexpectedError({ error, retry, what }: { error: unknown; retry: () => void; what: string }) {
  const digest =
    typeof error === 'object' && error !== null && 'digest' in error && typeof error.digest === 'string'
      ? error.digest
      : undefined;
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div role="alert" className="rounded-lg border border-red-300 bg-red-50 p-6 dark:border-red-900 dark:bg-red-950/40">
      <h2 className="text-base font-semibold text-red-900 dark:text-red-200">Something went wrong while showing {what}.</h2>
      <p className="mt-1 text-sm text-red-800 dark:text-red-300">
        This is a bug in Statescope, not a problem with your data source.
        {digest && (
          <>
            {' '}
            Reference: <code className="font-mono">{digest}</code> (search the server log for it).
          </>
        )}
      </p>
      <button
        type="button"
        onClick={() => retry()}
        className="mt-4 rounded-md bg-red-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-red-800"
      >
        Try again
      </button>
    </div>
  );
}
