import { notFound } from 'next/navigation';
import { toDataSourceDigest } from '@/components/errors/data-source-digest';
import { isDataSourceError } from '@/lib/aws';
import type { DataSourceProblem } from '@/lib/aws';

/**
 * A data-source failure of a page's main read, thrown before the first byte: Next.js answers 500 and
 * renders the route's error.tsx, which shows the problem from the digest. It carries no `cause`, so
 * what Next.js logs is the message, never the SDK's error with its request.
 */
export class PageDataSourceError extends Error {
  readonly digest: string;

  constructor(problem: DataSourceProblem) {
    super(`${problem.kind}: ${problem.message}`);
    this.name = 'PageDataSourceError';
    this.digest = toDataSourceDigest(problem);
  }
}

/**
 * For the read a page awaits before it renders anything (so before streaming starts and the status
 * is sent): a resource that does not exist, or an address naming no valid one, is a 404 with the
 * route's not-found page; any other data-source failure is a 500 showing the problem; anything else
 * is a bug and is rethrown as it is.
 */
export function failPage(error: unknown): never {
  if (!isDataSourceError(error)) throw error;
  if (error.kind === 'not-found' || error.kind === 'invalid-input') notFound();
  throw new PageDataSourceError(error.toProblem());
}
