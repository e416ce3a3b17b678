import { namedError } from '../support/read-field';

// The odd/even article describes the steps but gives no code; this Lambda is our completion of step 2a.
/** Odd/even seed, step 2a: N % 2. The Choice state that follows decides between Even and Odd. */
export function handler(event: unknown): { N: number; remainder: number } {
  const n = event !== null && typeof event === 'object' ? (event as Record<string, unknown>).N : undefined;
  if (typeof n !== 'number' || !Number.isSafeInteger(n)) {
    throw namedError('InvalidNumberError', `N must be a whole number, got ${JSON.stringify(n) ?? 'nothing'}`);
  }
  // Math.abs: JavaScript's % keeps the sign, so -3 % 2 is -1; the workflow only wants 0 or 1.
  return { N: n, remainder: Math.abs(n % 2) };
}
