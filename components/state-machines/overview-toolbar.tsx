import { BUTTON, FIELD, LABEL } from '@/components/search/search-form-fields';
import { overviewFormFields, type OverviewQuery } from './overview-query';

const SORTS = [
  { value: 'name', label: 'Name' },
  { value: 'failure-rate', label: 'Failure rate' },
  { value: 'failures', label: 'Failures' },
  { value: 'volume', label: 'Volume (started)' },
  { value: 'p99', label: 'Duration p99' },
] as const;

/** Filter by name and sort, as a GET form (works without JavaScript); the window rides along. */
export function OverviewToolbar({ query }: { query: OverviewQuery }) {
  const keep = overviewFormFields(query);
  return (
    <form action="/" method="get" role="search" aria-label="Filter and sort state machines" className="flex flex-wrap items-end gap-3">
      {(['window', 'from', 'to'] as const).map((name) =>
        keep[name] === undefined ? null : <input key={name} type="hidden" name={name} value={keep[name]} />,
      )}
      <label className={LABEL}>
        Name contains
        <input type="search" name="q" defaultValue={query.q ?? ''} placeholder="e.g. orders" className={`${FIELD} w-44`} />
      </label>
      <label className={LABEL}>
        Sort by
        <select name="sort" defaultValue={query.sort ?? 'name'} className={FIELD}>
          {SORTS.map((sort) => (
            <option key={sort.value} value={sort.value}>
              {sort.label}
            </option>
          ))}
        </select>
      </label>
      <label className={LABEL}>
        Order
        <select name="dir" defaultValue={query.dir ?? ''} className={FIELD}>
          <option value="">Default</option>
          <option value="desc">Highest first (Z→A)</option>
          <option value="asc">Lowest first (A→Z)</option>
        </select>
      </label>
      <button type="submit" className={BUTTON}>
        Apply
      </button>
    </form>
  );
}
