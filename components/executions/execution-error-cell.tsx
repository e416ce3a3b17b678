import { summarizeCause } from '@/lib/execution-list/summarize-cause';
import { TD } from '../ui/table-classes';

/** What the list knows about a row's failure: read, failed to read, or nothing to read. */
export type RowFailure = { error?: string; cause?: string } | 'unavailable';

/** The error name and a one-line cause of a failed row, readable without opening the execution. */
export function ExecutionErrorCell({ failure }: { failure?: RowFailure }) {
  if (failure === undefined) return <td className={TD} />;
  if (failure === 'unavailable') {
    return <td className={`${TD} text-xs text-zinc-500 dark:text-zinc-400`}>error not available</td>;
  }
  const cause = summarizeCause(failure.cause);
  return (
    <td className={`${TD} max-w-md`} data-error={failure.error ?? ''}>
      <div className="font-mono text-xs font-semibold break-all text-red-700 dark:text-red-400">{failure.error ?? '(no error name)'}</div>
      {cause && (
        <div className="mt-0.5 line-clamp-2 text-xs break-words text-zinc-600 dark:text-zinc-400" title={failure.cause}>
          {cause}
        </div>
      )}
    </td>
  );
}
