import type { CompareOutcome, Divergence } from './types';

export const OUTCOME_LABELS: Record<CompareOutcome, string> = {
  succeeded: 'succeeded',
  retried: 'succeeded after a retry',
  caught: 'caught',
  failed: 'failed',
  timed_out: 'timed out',
  aborted: 'aborted',
  running: 'running',
  'not-visited': 'not visited',
};

const where = (divergence: Divergence) => (divergence.scope ? `${divergence.state} (in ${divergence.scope})` : divergence.state);
const outcomeIn = (side: Divergence['a'], name: 'A' | 'B') =>
  side.outcome === 'not-visited'
    ? `not run in ${name}`
    : `${OUTCOME_LABELS[side.outcome]} in ${name}${side.error && side.outcome !== 'succeeded' ? ` (${side.error})` : ''}`;
const nextName = (next: string | null) => next ?? 'the end';

/**
 * The first divergence in one line: "VerifyPayment — caught in A (PaymentVerificationFailed),
 * succeeded in B; next state NotifyCustomerFailedPayment in A, ReserveInventory in B".
 */
export function describeDivergence(divergence: Divergence): string {
  const parts: string[] = [];
  if (divergence.a.outcome !== divergence.b.outcome) parts.push(`${outcomeIn(divergence.a, 'A')}, ${outcomeIn(divergence.b, 'B')}`);
  else parts.push(`${OUTCOME_LABELS[divergence.a.outcome]} in both`);
  const bothRan = divergence.a.outcome !== 'not-visited' && divergence.b.outcome !== 'not-visited';
  if (bothRan && divergence.a.next !== divergence.b.next)
    parts.push(`next state ${nextName(divergence.a.next)} in A, ${nextName(divergence.b.next)} in B`);
  return `${where(divergence)} — ${parts.join('; ')}`;
}

/** The first input difference in one line, saying when a truncated payload may hide more. */
export function describeInputDifference(divergence: Divergence): string {
  return `${where(divergence)} — its input differs${divergence.truncated ? ' (an input was truncated by AWS: part of it is missing on that side)' : ''}`;
}
