import Link from 'next/link';
import { BUTTON, FIELD, LABEL, LINK } from '@/components/search/search-form-fields';
import type { MachineOption } from '@/components/search/search-form';
import { failuresHref, type FailuresUrlState } from '@/lib/execution-index/query/failures-url';

const WINDOWS = [
  { value: '24h', label: 'Last 24 hours' },
  { value: '7d', label: 'Last 7 days' },
  { value: '30d', label: 'Last 30 days' },
] as const;

/** The window as links (one click each, no JavaScript) plus a GET form for any window, a custom one, and the machine. */
export function FailureWindowForm({ state, machines }: { state: FailuresUrlState; machines: MachineOption[] }) {
  return (
    <div className="flex flex-col gap-3">
      <nav aria-label="Window" className="flex flex-wrap gap-2">
        {WINDOWS.map((window) => {
          const current = state.window === window.value;
          return (
            <Link
              key={window.value}
              href={failuresHref({ window: window.value, machine: state.machine })}
              aria-current={current ? 'page' : undefined}
              className={`rounded-md px-3 py-1 text-sm font-medium ring-1 ring-inset ${
                current
                  ? 'bg-indigo-600 text-white ring-indigo-600 dark:bg-indigo-500 dark:ring-indigo-500'
                  : 'text-zinc-800 ring-zinc-300 hover:bg-zinc-100 dark:text-zinc-200 dark:ring-zinc-700 dark:hover:bg-zinc-800'
              }`}
            >
              {window.label}
            </Link>
          );
        })}
      </nav>
      <form action="/failures" method="get" aria-label="Choose the window and the state machine" className="flex flex-wrap items-end gap-3">
        <label className={LABEL}>
          Window
          <select name="window" defaultValue={state.window} className={FIELD}>
            {WINDOWS.map((window) => (
              <option key={window.value} value={window.value}>
                {window.label}
              </option>
            ))}
            <option value="custom">Custom: From to To</option>
          </select>
        </label>
        <label className={LABEL}>
          From (date, date-time or 48h)
          <input type="text" name="from" defaultValue={state.from ?? ''} placeholder="2026-12-01" className={`${FIELD} w-44`} />
        </label>
        <label className={LABEL}>
          To (empty: now)
          <input type="text" name="to" defaultValue={state.to ?? ''} placeholder="2026-12-08" className={`${FIELD} w-44`} />
        </label>
        <label className={LABEL}>
          State machine
          <select name="machine" defaultValue={state.machine ?? ''} className={`${FIELD} max-w-64`}>
            <option value="">All</option>
            {machines.map((machine) => (
              <option key={machine.arn} value={machine.arn}>
                {machine.name}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className={BUTTON}>
          Apply
        </button>
        {state.machine && (
          <Link href={failuresHref({ ...state, machine: undefined })} className={`py-1.5 text-sm ${LINK}`}>
            All machines
          </Link>
        )}
      </form>
    </div>
  );
}
