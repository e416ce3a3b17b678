import { TRANSITION_SOURCES, type StateTransitions } from '@/lib/cost/types';
import { EmptyState } from '@/components/ui/empty-state';
import { TABLE, TD, TH } from '@/components/ui/table-classes';
import { formatCount, formatPercent } from '@/lib/format/format-cost';
import { TRANSITION_SOURCE_STYLES } from './transition-source-styles';
import { ScrollRegion } from '@/components/ui/scroll-region';

/** A bar split by source, so a retry- or loop-heavy state stands out at a glance. */
function SourceBar({ row }: { row: StateTransitions }) {
  return (
    <div className="flex h-2 w-20 overflow-hidden rounded bg-zinc-100 dark:bg-zinc-800" aria-hidden="true">
      {TRANSITION_SOURCES.filter((source) => row.bySource[source] > 0).map((source) => (
        <div
          key={source}
          className={TRANSITION_SOURCE_STYLES[source].swatch}
          style={{ width: `${(row.bySource[source] / row.transitions) * 100}%` }}
        />
      ))}
    </div>
  );
}

/**
 * Where transitions come from, per state, over the histories read. `measuredCount` turns sums into a
 * per-execution average, which is what scales to every execution when only a sample was read.
 */
export function StateTransitionsTable({ states, measuredCount }: { states: StateTransitions[]; measuredCount: number }) {
  if (states.length === 0) return <EmptyState title="No transitions to break down">No execution history was read.</EmptyState>;
  const total = states.reduce((sum, row) => sum + row.transitions, 0);
  return (
    <ScrollRegion label="Transitions by state">
      <table className={TABLE} aria-label="Transitions by state">
        <thead>
          <tr>
            <th className={TH}>State</th>
            <th className={`${TH} text-right`}>Transitions</th>
            <th className={`${TH} text-right`}>Share</th>
            <th className={`${TH} text-right`}>Per execution</th>
            {TRANSITION_SOURCES.map((source) => (
              <th key={source} className={`${TH} text-right`} title={TRANSITION_SOURCE_STYLES[source].hint}>
                {TRANSITION_SOURCE_STYLES[source].label}
              </th>
            ))}
            <th className={TH}>
              <span className="sr-only">Sources</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {states.map((row) => (
            <tr key={row.state}>
              <td className={TD}>
                <span className="font-medium">{row.state}</span>
                {row.type && <span className="ml-2 text-xs text-zinc-500 dark:text-zinc-400">{row.type}</span>}
              </td>
              <td className={`${TD} text-right tabular-nums`}>{formatCount(row.transitions)}</td>
              <td className={`${TD} text-right tabular-nums`}>{formatPercent(row.transitions, total)}</td>
              <td className={`${TD} text-right tabular-nums`}>{(row.transitions / Math.max(1, measuredCount)).toFixed(2)}</td>
              {TRANSITION_SOURCES.map((source) => (
                <td
                  key={source}
                  className={`${TD} text-right tabular-nums ${row.bySource[source] ? '' : 'text-zinc-500 dark:text-zinc-400'}`}
                >
                  {formatCount(row.bySource[source])}
                </td>
              ))}
              <td className={TD}>
                <SourceBar row={row} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
