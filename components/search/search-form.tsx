import Link from 'next/link';
import { EXECUTION_STATUS_STYLES } from '@/components/executions/execution-status';
import { EXECUTION_STATUSES } from '@/lib/domain';
import { searchHref, type SearchUrlState } from '@/lib/execution-index/query/search-url';
import { BUTTON, FIELD, LABEL, LINK } from './search-form-fields';

export interface MachineOption {
  arn: string;
  name: string;
}

const STARTED_PRESETS = [
  { value: '1h', label: 'Last hour' },
  { value: '24h', label: 'Last 24 hours' },
  { value: '7d', label: 'Last 7 days' },
  { value: '30d', label: 'Last 30 days' },
];

/**
 * A plain GET form to /search: it works without JavaScript and leaves every filter in the URL.
 * Submitting drops the cursor, since a new search starts at its first page.
 */
export function SearchForm({ state, machines, problemField }: { state: SearchUrlState; machines: MachineOption[]; problemField?: string }) {
  const fromPresets =
    state.from && !STARTED_PRESETS.some((preset) => preset.value === state.from)
      ? [{ value: state.from, label: state.from }, ...STARTED_PRESETS]
      : STARTED_PRESETS;
  const knownMachine = !state.machine || machines.some((machine) => machine.arn === state.machine);
  return (
    <form role="search" aria-label="Search executions" action="/search" method="get" className="flex flex-col gap-3">
      <div className="flex min-w-0 gap-2">
        <input
          type="search"
          name="q"
          defaultValue={state.q}
          aria-label="Search query"
          aria-invalid={problemField === 'q' || undefined}
          aria-describedby="search-help"
          placeholder='ORD-20483  "card declined"  $.amount > 100  status:failed'
          spellCheck={false}
          autoComplete="off"
          className={`${FIELD} flex-1 py-2 font-mono placeholder:font-sans placeholder:text-zinc-500 dark:placeholder:text-zinc-400`}
        />
        <button type="submit" className={BUTTON}>
          Search
        </button>
      </div>
      <p id="search-help" className="text-xs text-zinc-600 dark:text-zinc-400">
        Words and <code>&quot;phrases&quot;</code> match inputs, outputs, errors and causes. Conditions on the JSON:{' '}
        <code>$.order.id = &quot;ORD-20483&quot;</code>, <code>$.amount &gt; 100</code>, <code>output:$.status exists</code> (also{' '}
        <code>!= &gt;= &lt; &lt;= ~</code>). Qualifiers: <code>machine:</code> <code>status:failed,timed_out</code> <code>error:</code>{' '}
        <code>state:</code> <code>since:7d</code> <code>until:2026-12-01</code>.
      </p>
      {/* Two columns even on a phone, so the first result is not two screens down. */}
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-5">
        <label className={`${LABEL} col-span-2 lg:col-span-1`}>
          State machine
          <select name="machine" defaultValue={state.machine ?? ''} className={FIELD}>
            <option value="">Any</option>
            {!knownMachine && state.machine && <option value={state.machine}>{state.machine}</option>}
            {machines.map((machine) => (
              <option key={machine.arn} value={machine.arn}>
                {machine.name}
              </option>
            ))}
          </select>
        </label>
        <label className={LABEL}>
          Error
          <input type="text" name="error" defaultValue={state.error ?? ''} placeholder="States.TaskFailed" className={FIELD} />
        </label>
        <label className={LABEL}>
          Failing state
          <input type="text" name="state" defaultValue={state.state ?? ''} placeholder="VerifyPayment" className={FIELD} />
        </label>
        <label className={LABEL}>
          Started
          <select name="from" defaultValue={state.from ?? ''} className={FIELD} aria-invalid={problemField === 'from' || undefined}>
            <option value="">Any time</option>
            {fromPresets.map((preset) => (
              <option key={preset.value} value={preset.value}>
                {preset.label}
              </option>
            ))}
          </select>
        </label>
        <label className={LABEL}>
          Started before
          <input
            type="text"
            name="to"
            defaultValue={state.to ?? ''}
            placeholder="2026-12-01 or 1h"
            aria-invalid={problemField === 'to' || undefined}
            className={FIELD}
          />
        </label>
      </div>
      <fieldset className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <legend className="mb-1 text-xs font-medium text-zinc-700 dark:text-zinc-300">Status</legend>
        {EXECUTION_STATUSES.map((status) => (
          <label key={status} className="flex items-center gap-1.5 text-sm text-zinc-800 dark:text-zinc-200">
            <input
              type="checkbox"
              name="status"
              value={status}
              defaultChecked={state.statuses.includes(status)}
              className="size-4 accent-indigo-600"
            />
            {EXECUTION_STATUS_STYLES[status].label}
          </label>
        ))}
        <Link href={searchHref({})} className={`ml-auto text-sm ${LINK}`}>
          Clear all
        </Link>
      </fieldset>
    </form>
  );
}
