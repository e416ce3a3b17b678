import Link from 'next/link';
import { BUTTON, FIELD, LABEL } from '@/components/search/search-form-fields';

export interface WindowChoice {
  id: string;
  label: string;
}

/**
 * The counting window as one link per preset (no JavaScript) plus a GET form for a custom
 * [from, to) range. `action` is the page's path; `keep` holds the page's other URL state, which the
 * form carries along as hidden fields.
 */
export function WindowPicker({
  choices,
  current,
  from,
  to,
  hrefFor,
  action,
  keep = {},
  params = { window: 'window', from: 'from', to: 'to' },
}: {
  choices: readonly WindowChoice[];
  /** A preset id, or `custom`. */
  current: string;
  from?: string;
  to?: string;
  hrefFor: (windowId: string) => string;
  action: string;
  keep?: Record<string, string | undefined>;
  /** The URL parameters that hold the window and a custom range's ends. */
  params?: { window: string; from: string; to: string };
}) {
  return (
    <div className="flex flex-col gap-2" data-window-picker="true">
      <nav aria-label="Window" className="flex flex-wrap gap-2">
        {choices.map((choice) => {
          const selected = current === choice.id;
          return (
            <Link
              key={choice.id}
              href={hrefFor(choice.id)}
              prefetch={false}
              aria-current={selected ? 'true' : undefined}
              data-window-choice={choice.id}
              className={`rounded-md px-3 py-1 text-sm font-medium ring-1 ring-inset ${
                selected
                  ? 'bg-indigo-600 text-white ring-indigo-600 dark:bg-indigo-500 dark:ring-indigo-500'
                  : 'text-zinc-800 ring-zinc-300 hover:bg-zinc-100 dark:text-zinc-200 dark:ring-zinc-700 dark:hover:bg-zinc-800'
              }`}
            >
              {choice.label}
            </Link>
          );
        })}
      </nav>
      <details open={current === 'custom'} className="text-sm">
        <summary className="cursor-pointer text-xs font-medium text-zinc-700 dark:text-zinc-300">Custom range (UTC)</summary>
        <form action={action} method="get" aria-label="Custom window" className="mt-2 flex flex-wrap items-end gap-3">
          {Object.entries(keep).map(([name, value]) =>
            value === undefined || name === params.window || name === params.from || name === params.to ? null : (
              <input key={name} type="hidden" name={name} value={value} />
            ),
          )}
          <input type="hidden" name={params.window} value="custom" />
          <label className={LABEL}>
            From
            <input type="datetime-local" name={params.from} defaultValue={from ?? ''} required className={FIELD} />
          </label>
          <label className={LABEL}>
            To (empty: now)
            <input type="datetime-local" name={params.to} defaultValue={to ?? ''} className={FIELD} />
          </label>
          <button type="submit" className={BUTTON}>
            Apply
          </button>
        </form>
      </details>
    </div>
  );
}
