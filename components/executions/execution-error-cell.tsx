import { describeCausedBy, type FailureSummary } from '@/lib/execution-list/failure-summary';
import { summarizeCause } from '@/lib/execution-list/summarize-cause';
import { TD } from '../ui/table-classes';

/** What the list knows about a row's failure: read, failed to read, or nothing to read. */
export type RowFailure = FailureSummary | 'unavailable';

/**
 * The error name and one line on why, readable without opening the execution: for a Fail state
 * reached through a caught error, that error ("caused by VerifyPayment: …"), since the Fail state's
 * own cause is often the same fixed text for every run; otherwise the cause.
 */
export function ExecutionErrorCell({ failure }: { failure?: RowFailure }) {
  if (failure === undefined) return <td className={TD} />;
  if (failure === 'unavailable') {
    return <td className={`${TD} text-xs text-zinc-500 dark:text-zinc-400`}>error not available</td>;
  }
  const causedBy = describeCausedBy(failure);
  const line = causedBy ?? summarizeCause(failure.cause);
  const title = [causedBy, failure.cause].filter(Boolean).join('\n');
  return (
    <td className={`${TD} max-w-md`} data-error={failure.error ?? ''}>
      <div className="font-mono text-xs font-semibold break-all text-red-700 dark:text-red-400">{failure.error ?? '(no error name)'}</div>
      {line && (
        <div
          className={`mt-0.5 ${causedBy ? 'line-clamp-3' : 'line-clamp-2'} text-xs break-words text-zinc-600 dark:text-zinc-400`}
          title={title || undefined}
          data-testid={causedBy ? 'error-caused-by' : undefined}
        >
          {line}
        </div>
      )}
    </td>
  );
}
