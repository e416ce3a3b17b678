import type { NextRequest } from 'next/server';
import { answerMalformedAddress } from '@/app/_proxy/answer-malformed-address';

/** Runs before routing: an address with broken percent-encoding gets a 400 page, not Next.js's 500. */
export function proxy(request: NextRequest): Promise<Response | undefined> {
  return answerMalformedAddress(request);
}

export const config = {
  // Hashed build assets never need the check.
  matcher: ['/((?!_next/static|_next/image).*)'],
};
