import { EmptyState } from '@/components/ui/empty-state';
import type { FailureGroup } from '@/lib/execution-index/types';
import { FailureGroupCard } from './failure-group-card';

/** Groups largest first (ties: most recent first); an empty window says so. */
export function FailureGroupList({
  groups,
  window,
  indexEmpty,
}: {
  groups: FailureGroup[];
  window: { from: Date; to: Date };
  indexEmpty: boolean;
}) {
  if (!groups.length) {
    return indexEmpty ? (
      <EmptyState title="The execution index is empty">
        Run <code className="font-mono">statescope sync</code>, or let the dashboard&apos;s background sync fill it; failures show here once
        it holds executions.
      </EmptyState>
    ) : (
      <EmptyState title="Nothing failed in this window">
        No execution in the index failed, timed out or was aborted in the chosen window.
      </EmptyState>
    );
  }
  const sorted = [...groups].sort((a, b) => b.count - a.count || b.lastSeen.getTime() - a.lastSeen.getTime());
  return (
    <ol className="flex flex-col gap-4" aria-label="Failure groups, largest first">
      {sorted.map((group) => (
        <FailureGroupCard key={`${group.stateMachineArn}|${group.state}|${group.error}|${group.cause}`} group={group} window={window} />
      ))}
    </ol>
  );
}
