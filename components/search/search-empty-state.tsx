import { EmptyState } from '@/components/ui/empty-state';

/**
 * No results, said for what it is: an index with nothing in it needs a sync, which is not the same
 * as a search that matched nothing.
 */
export function SearchEmptyState({ indexEmpty, contradictory }: { indexEmpty: boolean; contradictory?: boolean }) {
  if (indexEmpty) {
    return (
      <EmptyState title="The execution index is empty">
        Nothing has been synced yet. Run <code className="font-mono">statescope sync</code>, or let the dashboard&apos;s background sync
        fill it, then search again.
      </EmptyState>
    );
  }
  return (
    <EmptyState title="No execution matches">
      {contradictory
        ? 'The typed query and the filters ask for different values of the same thing (a status, a state machine, an error or a state), so nothing can match both.'
        : 'Try fewer words, a wider time range, or other filters.'}
    </EmptyState>
  );
}
