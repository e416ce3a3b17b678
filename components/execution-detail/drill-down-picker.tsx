import { orderGroupsForDrillDown } from '@/lib/view-model/order-groups-for-drill-down';
import type { GroupView, VisitView } from '@/lib/view-model/types';
import { VISIT_STATUS_STYLES } from './visit-status-styles';

/** Options listed in the picker; a Map of thousands of iterations is reached by index instead. */
const MAX_OPTIONS = 100;

function groupName(group: GroupView): string {
  const name = group.kind === 'MapIteration' ? `Iteration ${group.index}` : `Branch ${group.index}`;
  return group.run > 1 ? `${name} (run ${group.run})` : name;
}

/**
 * Pick one iteration or branch of a Map or Parallel visit: failed ones are listed first; any one can
 * be opened by its index.
 */
export function DrillDownPicker({
  owner,
  currentGroupKey,
  onPick,
}: {
  owner: VisitView;
  currentGroupKey: string | null;
  onPick: (group: GroupView) => void;
}) {
  const groups = orderGroupsForDrillDown(owner.groups);
  const listed = groups.slice(0, MAX_OPTIONS);
  const current = groups.find((g) => g.key === currentGroupKey);
  if (current && !listed.includes(current)) listed.push(current);
  const failed = groups.filter((g) => g.status === 'failed' || g.status === 'timed_out').length;
  const isMap = owner.type === 'Map';
  const noun = isMap ? 'iteration' : 'branch';
  const article = isMap ? 'an' : 'a';
  return (
    <div className="flex flex-wrap items-center gap-2 text-xs">
      <span className="font-medium text-zinc-600 dark:text-zinc-300">
        {owner.name}: {groups.length} {groups.length === 1 ? noun : isMap ? 'iterations' : 'branches'}
        {failed > 0 && <span className="text-red-700 dark:text-red-300"> ({failed} failed)</span>}
      </span>
      <select
        aria-label={`Pick ${article} ${noun} of ${owner.name}`}
        value={currentGroupKey ?? ''}
        onChange={(event) => {
          const group = groups.find((g) => g.key === event.target.value);
          if (group) onPick(group);
        }}
        className="rounded-md border border-zinc-300 bg-white px-2 py-1 text-xs dark:border-zinc-700 dark:bg-zinc-900"
      >
        <option value="">
          {groups.length > MAX_OPTIONS ? `Choose ${article} ${noun} (first ${MAX_OPTIONS}, failed first)…` : `Choose ${article} ${noun}…`}
        </option>
        {listed.map((group) => (
          <option key={group.key} value={group.key}>
            {groupName(group)} · {VISIT_STATUS_STYLES[group.status].label}
          </option>
        ))}
      </select>
      {groups.length > MAX_OPTIONS && (
        <form
          className="flex items-center gap-1"
          onSubmit={(event) => {
            event.preventDefault();
            const index = Number(new FormData(event.currentTarget).get('index'));
            const group = groups.find((g) => g.index === index && g.run === (current?.run ?? g.run));
            if (group) onPick(group);
          }}
        >
          <label className="flex items-center gap-1">
            or index
            <input
              name="index"
              type="number"
              min={0}
              aria-label={`${noun} index`}
              className="w-20 rounded-md border border-zinc-300 bg-white px-1.5 py-0.5 text-xs dark:border-zinc-700 dark:bg-zinc-900"
            />
          </label>
          <button
            type="submit"
            aria-label={`Open ${noun}`}
            className="rounded border border-zinc-300 px-2 py-0.5 font-medium hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800"
          >
            Open
          </button>
        </form>
      )}
    </div>
  );
}
