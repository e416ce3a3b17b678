import type { Metadata } from 'next';
import Link from 'next/link';
import { OpenSearchBox } from '@/components/layout/open-search-box';
import { readSearchParam } from '@/components/routes';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Invalid address', robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Longer paths are cut: the page says what was wrong, it does not need to echo all of it. */
const SHOWN_PATH_CHARS = 300;

/**
 * What an address with broken percent-encoding gets (`/executions/%`, `/cost/%ZZ`): proxy.ts answers
 * such a request with this page and status 400 (answer-malformed-address.ts), since Next.js itself
 * can only fail to decode it.
 */
export default async function InvalidAddressPage({ searchParams }: Props) {
  const path = readSearchParam((await searchParams).path);
  const shown = path && path.length > SHOWN_PATH_CHARS ? `${path.slice(0, SHOWN_PATH_CHARS)}…` : path;
  return (
    <div className="py-16 text-center">
      <h1 className="text-xl font-semibold">This address is not a valid encoded ARN</h1>
      <p className="mx-auto mt-2 max-w-xl text-sm text-zinc-600 dark:text-zinc-400">
        Its percent-encoding is broken: a % is not followed by two hex digits, or the bytes they spell are not UTF-8, so no ARN can be read
        from it.
      </p>
      {shown && (
        <p className="mx-auto mt-3 max-w-xl font-mono text-xs break-all text-zinc-700 dark:text-zinc-300" data-testid="invalid-path">
          {shown}
        </p>
      )}
      <p className="mx-auto mt-4 max-w-xl text-sm text-zinc-600 dark:text-zinc-400">
        Statescope addresses hold the ARN URL-encoded, as in <code className="font-mono text-xs">/executions/arn%3Aaws%3Astates%3A…</code>.
        Paste the ARN or the AWS console URL to open it:
      </p>
      <div className="mx-auto mt-4 flex max-w-xl">
        <OpenSearchBox size="large" />
      </div>
      <Link href="/" className="mt-6 inline-block text-sm font-medium text-indigo-600 hover:underline dark:text-indigo-400">
        Back to state machines
      </Link>
    </div>
  );
}
