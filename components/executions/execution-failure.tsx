import { formatJson } from '@/lib/format/format-json';
import { JsonBlock } from '../ui/json-block';

/** The execution's error and cause, the first thing to read on a failed run. */
export function ExecutionFailure({ error, cause }: { error?: string; cause?: string }) {
  return (
    <section aria-label="Execution error" className="rounded-lg border border-red-300 bg-red-50 p-4 dark:border-red-900 dark:bg-red-950/40">
      <h2 className="text-sm font-semibold text-red-900 dark:text-red-200">
        Error: <span className="font-mono">{error ?? '(none)'}</span>
      </h2>
      {cause && (
        <div className="mt-2">
          <div className="mb-1 text-xs font-medium text-red-800 dark:text-red-300">Cause</div>
          <JsonBlock label="Error cause" text={formatJson(cause)} maxHeightClass="max-h-60" />
        </div>
      )}
    </section>
  );
}
