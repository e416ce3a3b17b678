import { AutoSubmitSelect } from './auto-submit-select';
import { PreservedParamFields } from './preserved-params';

/** A GET form, so the chosen type lands in the URL (`?type=`) and survives reloads and sharing. */
export function EventTypeFilter({
  action,
  counts,
  current,
  total,
}: {
  action: string;
  /** Event type to how many events of it the history holds. */
  counts: [type: string, count: number][];
  current?: string;
  total: number;
}) {
  return (
    <form action={action} method="get" className="flex items-center gap-2">
      <PreservedParamFields />
      <label htmlFor="event-type" className="text-xs font-medium text-zinc-600 dark:text-zinc-300">
        Event type
      </label>
      <AutoSubmitSelect
        id="event-type"
        name="type"
        defaultValue={current ?? ''}
        className="rounded-md border border-zinc-300 bg-white px-2 py-1 text-sm text-zinc-900 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100"
      >
        <option value="">All types ({total})</option>
        {counts.map(([type, count]) => (
          <option key={type} value={type}>
            {type} ({count})
          </option>
        ))}
      </AutoSubmitSelect>
      <noscript>
        <button type="submit" className="rounded-md border border-zinc-300 px-2 py-1 text-sm dark:border-zinc-700">
          Apply
        </button>
      </noscript>
    </form>
  );
}
