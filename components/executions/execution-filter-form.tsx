import Link from 'next/link';
import { TIME_RANGE_PRESETS } from '@/lib/execution-list/execution-time-range';
import { executionsListHref, type ExecutionsListQuery } from './executions-list-query';

const FIELD =
  'rounded-md border border-zinc-300 bg-white px-2 py-1 text-sm text-zinc-900 dark:border-zinc-700 dark:bg-zinc-950 dark:text-zinc-100 dark:[color-scheme:dark]';
const LABEL = 'flex flex-col gap-1 text-xs font-medium text-zinc-600 dark:text-zinc-400';

/**
 * A plain GET form: it works without JavaScript and leaves every filter in the URL. Submitting drops
 * the page token, since name and time filters change which executions a page holds.
 */
export function ExecutionFilterForm({ stateMachineArn, query }: { stateMachineArn: string; query: ExecutionsListQuery }) {
  const hidden = {
    window: query.window,
    windowFrom: query.windowFrom,
    windowTo: query.windowTo,
    status: query.status,
    maxResults: query.maxResults,
    sort: query.sort,
    dir: query.dir,
  };
  const filtered = Boolean(query.name || query.range || query.from || query.to);
  return (
    <form
      role="search"
      aria-label="Filter executions"
      action={executionsListHref(stateMachineArn)}
      method="get"
      className="flex flex-wrap items-end gap-3 border-b border-zinc-200 px-4 py-3 dark:border-zinc-800"
    >
      {Object.entries(hidden).map(([name, value]) =>
        value === undefined ? null : <input key={name} type="hidden" name={name} value={String(value)} />,
      )}
      <label className={LABEL}>
        Name contains
        <input type="search" name="name" defaultValue={query.name ?? ''} placeholder="e.g. too-young" className={`${FIELD} w-56`} />
      </label>
      <label className={LABEL}>
        Started
        <select name="range" defaultValue={query.range ?? ''} className={FIELD}>
          <option value="">Any time</option>
          {TIME_RANGE_PRESETS.map((preset) => (
            <option key={preset.id} value={preset.id}>
              {preset.label}
            </option>
          ))}
          <option value="custom">Between From and To</option>
        </select>
      </label>
      <label className={LABEL}>
        From (UTC)
        <input type="datetime-local" name="from" defaultValue={query.from ?? ''} className={FIELD} />
      </label>
      <label className={LABEL}>
        To (UTC)
        <input type="datetime-local" name="to" defaultValue={query.to ?? ''} className={FIELD} />
      </label>
      <button
        type="submit"
        className="rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-500 dark:bg-indigo-500 dark:hover:bg-indigo-400"
      >
        Apply
      </button>
      {filtered && (
        <Link
          href={executionsListHref(stateMachineArn, hidden)}
          className="py-1.5 text-sm font-medium text-indigo-600 hover:underline dark:text-indigo-400"
        >
          Clear
        </Link>
      )}
    </form>
  );
}
