import type { ExecutionTimeline } from '@/lib/history/types';
import { summarizeCause } from './summarize-cause';

/**
 * What the executions list and the overview say about one failed execution: its error and cause
 * (for a Fail state, often fixed text) and, when a Fail state ended it, what led there.
 */
export interface FailureSummary {
  error?: string;
  cause?: string;
  /** The Fail state that ended the execution. */
  failState?: string;
  /** The caught error that led to the Fail state; `message` is one readable line. */
  causedBy?: { state: string; error?: string; message?: string };
  /** Without a caught error: the reason the Fail state's input holds. */
  reason?: string;
}

/** The summary of a failed or timed-out execution's reconstructed history. */
export function toFailureSummary(timeline: ExecutionTimeline): FailureSummary {
  const summary: FailureSummary = {};
  if (timeline.error !== null) summary.error = timeline.error;
  if (timeline.cause !== null) summary.cause = timeline.cause;
  const chain = timeline.failure.causeChain;
  if (!chain) return summary;
  summary.failState = chain.failState;
  if (chain.caught) {
    const message = chain.caught.errorMessage ?? summarizeCause(chain.caught.cause ?? undefined);
    summary.causedBy = {
      state: chain.caught.state,
      ...(chain.caught.error !== null && { error: chain.caught.error }),
      ...(message !== undefined && { message }),
    };
  }
  if (chain.inputReason) summary.reason = chain.inputReason.text;
  return summary;
}

/** "caused by VerifyPayment: PaymentVerificationFailed: card declined", or the input's reason. */
export function describeCausedBy(summary: FailureSummary): string | undefined {
  const { causedBy, reason } = summary;
  if (causedBy) return `caused by ${[causedBy.state, causedBy.error, causedBy.message].filter(Boolean).join(': ')}`;
  if (reason) return `reason: ${reason}`;
  return undefined;
}

/**
 * One line for the overview: "Fail state X: ERROR — caused by STATE: ERROR: message" when a Fail
 * state was reached through a caught error (or with a reason in its input), else "ERROR: cause".
 */
export function formatFailureLine(summary: FailureSummary): string | undefined {
  const causedBy = describeCausedBy(summary);
  if (summary.failState && causedBy) return `Fail state ${summary.failState}: ${summary.error ?? '(no error)'} — ${causedBy}`;
  return [summary.error, summarizeCause(summary.cause)].filter(Boolean).join(': ') || undefined;
}
