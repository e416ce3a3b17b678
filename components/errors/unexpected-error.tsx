'use client';

import { useEffect } from 'react';
import { DataSourceErrorPanel } from '@/components/data-source/data-source-error-panel';
import { readDataSourceDigest } from './data-source-digest';

/**
 * The body of every `error.tsx`. A data-source failure of the page's main read (its digest says which,
 * see data-source-digest.ts) shows the same panel a section would, with Try again; anything else is a
 * bug: one plain sentence, the digest to find the server log, Try again.
 */
export function UnexpectedError({ error, retry, what }: { error: unknown; retry: () => void; what: string }) {
  const digest =
    typeof error === 'object' && error !== null && 'digest' in error && typeof error.digest === 'string' ? error.digest : undefined;
  const problem = readDataSourceDigest(digest);
  const expected = problem !== undefined;
  useEffect(() => {
    if (!expected) console.error(error);
  }, [error, expected]);
  if (problem) {
    return (
      <div>
        <DataSourceErrorPanel problem={problem} />
        <button
          type="button"
          onClick={() => retry()}
          className="mx-4 rounded-md border border-zinc-300 bg-white px-3 py-1.5 text-sm font-medium text-zinc-800 hover:bg-zinc-100 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100 dark:hover:bg-zinc-800"
        >
          Try again
        </button>
      </div>
    );
  }
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
