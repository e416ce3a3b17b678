import { isFailedStatus } from '@/lib/view-model/count-group-outcomes';
import { findNextGroup } from '@/lib/view-model/find-next-group';
import { groupsOfAttempt } from '@/lib/view-model/groups-of-attempt';
import { orderGroupsForDrillDown } from '@/lib/view-model/order-groups-for-drill-down';
import type { GroupView, VisitView } from '@/lib/view-model/types';
import { groupAttemptNumbersOf, groupOutcomesOf } from '@/lib/view-model/visit-groups';
import { GroupJumpButtons } from './group-jump-buttons';
import { GroupIndexForm } from './group-index-form';
import { VISIT_STATUS_STYLES } from './visit-status-styles';

/** Options listed in the picker; a Map of thousands of iterations is reached by index instead. */
const MAX_OPTIONS = 100;

const groupName = (group: GroupView): string => (group.kind === 'MapIteration' ? `Iteration ${group.index}` : `Branch ${group.index}`);

/**
 * Pick one iteration or branch of a Map or Parallel visit: failed ones are listed first, then those
 * that caught an error inside, and "next failed / next caught" step through them. A state retried as
 * a whole shows one attempt at a time (the current group's, else the last); any one can be opened by
 * its index. On a partial view (withhold-group-visits.ts) the counts are whole, but the list, the
 * jumps and the index wait for the groups it left out.
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
  const current = owner.groups.find((g) => g.key === currentGroupKey);
  const attempts = groupAttemptNumbersOf(owner);
  const attempt = current?.run ?? attempts.at(-1);
  const groups = orderGroupsForDrillDown(groupsOfAttempt(owner.groups, attempt));
  const listed = groups.slice(0, MAX_OPTIONS);
  if (current && !listed.includes(current)) listed.push(current);
  const counts = groupOutcomesOf(owner, attempt);
  const loading = owner.withheldGroups !== undefined;
  const isMap = owner.type === 'Map';
  const noun = isMap ? 'iteration' : 'branch';
  const article = isMap ? 'an' : 'a';
  const outcomes = [counts.failed > 0 && `${counts.failed} failed`, counts.caught > 0 && `${counts.caught} caught`].filter(Boolean);
  return (
    <div className="flex flex-wrap items-center gap-2 text-xs">
      <span className="font-medium text-zinc-600 dark:text-zinc-300" data-testid="drill-down-summary">
        {owner.name}: {counts.total} {counts.total === 1 ? noun : isMap ? 'iterations' : 'branches'}
        {attempts.length > 1 && ` in attempt ${attempt} of ${attempts.length}`}
        {outcomes.length > 0 && ` (${outcomes.join(', ')})`}
        {loading && <span className="font-normal"> · list not loaded yet</span>}
      </span>
      {attempts.length > 1 && (
        <select
          aria-label={`Attempt of ${owner.name}`}
          value={attempt}
          disabled={loading}
          onChange={(event) => {
            const inAttempt = orderGroupsForDrillDown(groupsOfAttempt(owner.groups, Number(event.target.value)));
            const first = inAttempt[0];
            if (first) onPick(first);
          }}
          className="rounded-md border border-zinc-300 bg-white px-2 py-1 text-xs disabled:opacity-60 dark:border-zinc-700 dark:bg-zinc-900"
        >
          {owner.attempts.map((a) => (
            <option key={a.number} value={a.number}>
              Attempt {a.number} · {VISIT_STATUS_STYLES[a.status].label}
            </option>
          ))}
        </select>
      )}
      <select
        aria-label={`Pick ${article} ${noun} of ${owner.name}`}
        value={current?.key ?? ''}
        onChange={(event) => {
          const group = groups.find((g) => g.key === event.target.value);
          if (group) onPick(group);
        }}
        className="rounded-md border border-zinc-300 bg-white px-2 py-1 text-xs dark:border-zinc-700 dark:bg-zinc-900"
      >
        <option value="">
          {counts.total > MAX_OPTIONS ? `Choose ${article} ${noun} (first ${MAX_OPTIONS}, failed first)…` : `Choose ${article} ${noun}…`}
        </option>
        {listed.map((group) => (
          <option key={group.key} value={group.key} data-status={group.status}>
            {groupName(group)} · {VISIT_STATUS_STYLES[group.status].label}
          </option>
        ))}
      </select>
      {/* Stepping in index order needs every group: a partial view's would skip the ones left out. */}
      <GroupJumpButtons
        noun={noun}
        owner={owner.name}
        failed={loading ? undefined : findNextGroup(groups, currentGroupKey, isFailedStatus)}
        caught={loading ? undefined : findNextGroup(groups, currentGroupKey, (status) => status === 'caught')}
        onPick={onPick}
      />
      {counts.total > MAX_OPTIONS && <GroupIndexForm noun={noun} groups={groups} onPick={onPick} disabled={loading} />}
    </div>
  );
}
