import { formatDateTime } from '@/lib/format/format-date-time';
import type { FailureGroup } from '@/lib/execution-index/types';

/** One group of `statescope errors --json`: the shape scripts rely on. */
export interface FailureGroupJson {
  stateMachineArn: string;
  state: string;
  error: string;
  cause: string;
  count: number;
  /** ISO 8601. */
  firstSeen: string;
  lastSeen: string;
  /** Sample execution ARNs, newest first. */
  executions: string[];
}

/** Largest first; ties by the most recent failure, so the order is stable. */
export function sortFailureGroups(groups: readonly FailureGroup[]): FailureGroup[] {
  return [...groups].sort((a, b) => b.count - a.count || b.lastSeen.getTime() - a.lastSeen.getTime());
}

export function toFailureGroupsJson(groups: readonly FailureGroup[]): FailureGroupJson[] {
  return sortFailureGroups(groups).map((group) => ({
    stateMachineArn: group.stateMachineArn,
    state: group.state,
    error: group.error,
    cause: group.cause,
    count: group.count,
    firstSeen: group.firstSeen.toISOString(),
    lastSeen: group.lastSeen.toISOString(),
    executions: group.sampleExecutionArns,
  }));
}

const machineName = (arn: string) => arn.slice(arn.lastIndexOf(':') + 1);
const percent = (share: number) => `${(share * 100).toFixed(share >= 0.1 || share === 0 ? 0 : 1)}%`;

/** `statescope errors` as text: one block per group, largest first. */
export function formatFailureGroupsText(groups: readonly FailureGroup[], window: { from: Date; to: Date }): string {
  const span = `${formatDateTime(window.from)} to ${formatDateTime(window.to)}`;
  if (!groups.length) return `No failures in the index from ${span}.\n`;
  const lines = [`Failures from ${span}, largest group first:`, ''];
  for (const group of sortFailureGroups(groups)) {
    lines.push(
      `${String(group.count).padStart(5)}×  ${machineName(group.stateMachineArn)} › ${group.state} › ${group.error}  (${percent(group.shareOfMachine)} of the machine's executions)`,
      `        cause: ${group.cause || '(none)'}`,
      `        first ${formatDateTime(group.firstSeen)}, last ${formatDateTime(group.lastSeen)}`,
      ...group.sampleExecutionArns.map((arn) => `        ${arn}`),
      '',
    );
  }
  return `${lines.join('\n')}`;
}
