import { orderGroupsForDrillDown } from '@/lib/view-model/order-groups-for-drill-down';
import type { GroupView, VisitView } from '@/lib/view-model/types';
import { VISIT_STATUS_STYLES } from './visit-status-styles';

function groupName(group: GroupView): string {
  const name = group.kind === 'MapIteration' ? `Iteration ${group.index}` : `Branch ${group.index}`;
  return group.run > 1 ? `${name} (run ${group.run})` : name;
}

/** Pick one iteration or branch of a Map or Parallel visit by index; failed ones are listed first. */
export function DrillDownPicker({ owner, currentGroupKey, onPick }: {
  owner: VisitView;
  currentGroupKey: string | null;
  onPick: (group: GroupView) => void;
}) {
  const groups = orderGroupsForDrillDown(owner.groups);
  const failed = groups.filter((g) => g.status === 'failed' || g.status === 'timed_out').length;
  const noun = owner.type === 'Map' ? 'iteration' : 'branch';
  const article = owner.type === 'Map' ? 'an' : 'a';
  return (
    <label className="flex flex-wrap items-center gap-2 text-xs">
      <span className="font-medium text-zinc-600 dark:text-zinc-300">
        {owner.name}: {groups.length} {groups.length === 1 ? noun : noun === 'branch' ? 'branches' : 'iterations'}
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
          Choose {article} {noun}…
        </option>
        {groups.map((group) => (
          <option key={group.key} value={group.key}>
            {groupName(group)} · {VISIT_STATUS_STYLES[group.status].label}
          </option>
        ))}
      </select>
    </label>
  );
}
