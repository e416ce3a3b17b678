import type { NextRequest } from 'next/server';
import { answerInvalidCompare } from '@/app/_proxy/answer-invalid-compare';
import { answerInvalidMapRun } from '@/app/_proxy/answer-invalid-map-run';
import { answerInvalidSearch } from '@/app/_proxy/answer-invalid-search';
import { answerMalformedAddress } from '@/app/_proxy/answer-malformed-address';

/**
 * Runs before routing: an address with broken percent-encoding gets a 400 page, not Next.js's 500;
 * /compare with a missing or malformed execution ARN, /map-runs/ with one that is not a Map Run ARN, and /search with a query that cannot be read,
 * get their page with status 400.
 */
export async function proxy(request: NextRequest): Promise<Response | undefined> {
  return (
    (await answerMalformedAddress(request)) ??
    (await answerInvalidCompare(request)) ??
    (await answerInvalidMapRun(request)) ??
    answerInvalidSearch(request)
  );
}

export const config = {
  // Hashed build assets never need the check.
  matcher: ['/((?!_next/static|_next/image).*)'],
};
