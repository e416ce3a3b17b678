import Link from 'next/link';
import { formatJson } from '@/lib/format/format-json';
import type { CaughtView, FailureView } from '@/lib/view-model/types';
import type { ChildLink } from '../map-runs/child-link';
import { JsonBlock } from '../ui/json-block';
import { FailureCauseChain } from './failure-cause-chain';

/**
 * What a person reads first on a failed execution: the failing state, the error, the cause (its
 * Lambda fields when the cause is a Lambda error), what led to a Fail state (FailureCauseChain) and
 * the path of states that led there.
 */
export function FailureBanner({
  failure,
  timedOut = false,
  timeoutNote = null,
  onSelectVisit,
  childLink,
}: {
  failure: FailureView;
  /** The execution timed out rather than failed. */
  timedOut?: boolean;
  /** Which timeout fired and after how long, when one ended the execution. */
  timeoutNote?: string | null;
  onSelectVisit?: (visitId: number) => void;
  /** The failed children, when the failing state was a Distributed Map or started an execution. */
  childLink?: ChildLink;
}) {
  const readable = failure.errorMessage !== undefined || failure.errorType !== undefined;
  return (
    <section aria-label="Execution error" className="rounded-lg border border-red-300 bg-red-50 p-4 dark:border-red-900 dark:bg-red-950/40">
      <h2 className="text-sm font-semibold text-red-900 dark:text-red-200">
        {timedOut ? 'Timed out in' : 'Failed in'}{' '}
        {failure.state ? <span className="font-mono">{failure.state}</span> : 'a state the history does not name'}:{' '}
        <span className="font-mono">{failure.error ?? '(no error)'}</span>
      </h2>
      {timeoutNote && (
        <p data-testid="timeout-note" className="mt-1 text-sm text-red-950 dark:text-red-100">
          {timeoutNote}
        </p>
      )}
      {readable && (
        <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm text-red-950 sm:grid-cols-[8rem_1fr] dark:text-red-100">
          {failure.errorMessage !== undefined && (
            <>
              <dt className="font-medium text-red-800 dark:text-red-300">Message</dt>
              <dd data-testid="failure-message">{failure.errorMessage}</dd>
            </>
          )}
          {failure.errorType !== undefined && (
            <>
              <dt className="font-medium text-red-800 dark:text-red-300">Type</dt>
              <dd className="font-mono">{failure.errorType}</dd>
            </>
          )}
        </dl>
      )}
      {failure.stackTrace && failure.stackTrace.length > 0 && (
        <details className="mt-2">
          <summary className="cursor-pointer text-xs font-medium text-red-800 dark:text-red-300">
            Stack trace ({failure.stackTrace.length} lines)
          </summary>
          <JsonBlock label="Stack trace" text={failure.stackTrace.join('\n')} maxHeightClass="max-h-48" />
        </details>
      )}
      {!readable && failure.cause && (failure.causedBy || failure.inputReason) && (
        // A Fail state's cause is often fixed text: one line, so the real cause below stays in view.
        <p data-testid="fail-state-cause" className="mt-1 line-clamp-2 text-sm break-words text-red-950 dark:text-red-100">
          <span className="font-medium text-red-800 dark:text-red-300">Cause</span> {failure.cause}
        </p>
      )}
      {!readable && failure.cause && !failure.causedBy && !failure.inputReason && (
        <div className="mt-2">
          <div className="mb-1 text-xs font-medium text-red-800 dark:text-red-300">Cause</div>
          <JsonBlock label="Error cause" text={formatJson(failure.cause)} maxHeightClass="max-h-48" wrap />
        </div>
      )}
      <FailureCauseChain failure={failure} onSelectVisit={onSelectVisit} />
      {childLink && (
        <p className="mt-2 text-sm">
          <Link
            href={childLink.href}
            data-testid="failed-children-link"
            className="font-semibold text-red-900 underline underline-offset-2 hover:text-red-700 dark:text-red-100 dark:hover:text-red-300"
          >
            {childLink.label} →
          </Link>
        </p>
      )}
      {failure.path.length > 0 && (
        <nav aria-label="Failure path" className="mt-3">
          <ol className="flex flex-wrap items-center gap-1 text-xs">
            {failure.path.map((step, position) => (
              <li key={step.visitId} className="flex items-center gap-1">
                {position > 0 && (
                  <span aria-hidden="true" className="text-red-400">
                    →
                  </span>
                )}
                <button
                  type="button"
                  onClick={() => onSelectVisit?.(step.visitId)}
                  className={`rounded px-1.5 py-0.5 font-mono ring-1 ring-inset ${
                    step.visitId === failure.visitId
                      ? 'bg-red-600 text-white ring-red-700 dark:bg-red-700'
                      : 'bg-white text-red-900 ring-red-200 hover:bg-red-100 dark:bg-red-950 dark:text-red-100 dark:ring-red-800'
                  }`}
                >
                  {step.name}
                </button>
              </li>
            ))}
          </ol>
        </nav>
      )}
    </section>
  );
}

/** A stopped (aborted) execution: the error and cause given to StopExecution, when there were any. */
export function StoppedBanner({ error, cause }: { error: string | null; cause: string | null }) {
  return (
    <section
      aria-label="Execution error"
      className="rounded-lg border border-zinc-300 bg-zinc-100 p-4 dark:border-zinc-700 dark:bg-zinc-900"
    >
      <h2 className="text-sm font-semibold text-zinc-900 dark:text-zinc-100">
        Stopped
        {error && (
          <>
            : <span className="font-mono">{error}</span>
          </>
        )}
      </h2>
      {cause && <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">{cause}</p>}
    </section>
  );
}

/** Errors a Catch handled, one line per state, error and handler (a Map may catch the same one hundreds of times). */
export function CaughtErrorsNote({ caught, onSelectVisit }: { caught: CaughtView[]; onSelectVisit?: (visitId: number) => void }) {
  if (caught.length === 0) return null;
  const kinds = new Map<string, { first: CaughtView; count: number }>();
  for (const entry of caught) {
    const key = `${entry.state}\u0000${entry.error ?? ''}\u0000${entry.next ?? ''}`;
    const seen = kinds.get(key);
    if (seen) seen.count++;
    else kinds.set(key, { first: entry, count: 1 });
  }
  return (
    <section
      aria-label="Caught errors"
      className="rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm dark:border-amber-800 dark:bg-amber-950/40"
    >
      <span className="font-semibold text-amber-900 dark:text-amber-200">
        {caught.length === 1 ? '1 error was caught' : `${caught.length} errors were caught`}:
      </span>
      <ul className="mt-1 space-y-0.5">
        {[...kinds.values()].slice(0, 6).map(({ first, count }) => (
          <li key={first.visitId}>
            <button
              type="button"
              onClick={() => onSelectVisit?.(first.visitId)}
              className="font-mono text-amber-900 underline-offset-2 hover:underline dark:text-amber-100"
            >
              {first.state}: {first.error ?? 'error'} → {first.next ?? '?'}
            </button>
            {count > 1 && <span className="ml-1 text-amber-800 dark:text-amber-300">×{count}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
