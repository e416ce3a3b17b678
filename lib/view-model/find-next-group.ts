import type { GroupView } from './types';

/**
 * The next iteration or branch after `currentKey` (in index order) whose status matches, wrapping
 * around to the first; from no current group, the first that matches. Undefined when none matches.
 */
export function findNextGroup<T extends Pick<GroupView, 'key' | 'index' | 'status'>>(
  groups: readonly T[],
  currentKey: string | null,
  matches: (status: T['status']) => boolean,
): T | undefined {
  const ordered = groups.slice().sort((a, b) => a.index - b.index);
  const at = ordered.findIndex((group) => group.key === currentKey);
  for (let step = 1; step <= ordered.length; step++) {
    const group = ordered[(at + step) % ordered.length];
    if (group && matches(group.status)) return group;
  }
  return undefined;
}
