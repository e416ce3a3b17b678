import type { ExecutionEvent, VisitStatus } from './types';

/** What a visit's own events and its run's ending say, as scanned by toStateVisits. */
export interface VisitOutcome {
  /** The visit has a `*StateExited` event. */
  exited: boolean;
  /**
   * The last failure no retry followed (a Fail state's own FailStateEntered counts), or undefined.
   * Only its phase matters here: `timed-out` or anything else.
   */
  failure: Pick<ExecutionEvent, 'phase'> | undefined;
  /** The visit has its own abort event (`*StateAborted`; a Map iteration's abort is not the Map's). */
  aborted: boolean;
  /** The execution-ending event of the run (redrive attempt) the visit belongs to, if any. */
  terminal: Pick<ExecutionEvent, 'type'> | undefined;
  /** The visit is the one that failed the execution, or contains it. */
  inFailingChain: boolean;
}

/**
 * A visit's status, first rung that applies wins. Why this order: an exit is the surest sign (a
 * failure before it was caught); the visit's own failure or abort beats what the execution did
 * later; only a visit with no ending of its own borrows the execution's, and when the execution
 * failed, only the visits on the failing chain failed: the others were stopped by it.
 */
export function decideVisitStatus({ exited, failure, aborted, terminal, inFailingChain }: VisitOutcome): VisitStatus {
  if (exited) return failure ? 'caught' : 'succeeded';
  if (failure) return failure.phase === 'timed-out' ? 'timed_out' : 'failed';
  if (aborted) return 'aborted';
  if (!terminal) return 'running';
  if (terminal.type === 'ExecutionFailed') return inFailingChain ? 'failed' : 'aborted';
  if (terminal.type === 'ExecutionTimedOut') return 'timed_out';
  if (terminal.type === 'ExecutionSucceeded') return 'succeeded';
  return 'aborted';
}
