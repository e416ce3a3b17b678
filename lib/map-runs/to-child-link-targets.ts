import type { ExecutionChildLinks } from './find-child-links';

/** Where a graph node or a banner leads: a Map Run page (its failed children, when some failed) or an execution page. */
export type ChildLinkTarget = { kind: 'map-run'; arn: string; failedOnly: boolean } | { kind: 'execution'; arn: string };

/**
 * The link of each graph node that started other executions, by node id: a Distributed Map's last
 * Map Run (a retried Map starts one per run), a StartExecution task's child when it started only one
 * (a task inside a Map starts one an iteration; those are reached from each visit's output).
 */
export function toNodeLinkTargets(
  links: ExecutionChildLinks,
  nodeIdOf: (visitId: number) => string | null,
): Record<string, { state: string; target: ChildLinkTarget }> {
  const targets: Record<string, { state: string; target: ChildLinkTarget }> = {};
  for (const run of links.mapRuns) {
    const nodeId = nodeIdOf(run.visitId);
    if (nodeId)
      targets[nodeId] = { state: run.state, target: { kind: 'map-run', arn: run.mapRunArn, failedOnly: run.status === 'failed' } };
  }
  const childrenByNode = new Map<string, { state: string; arns: Set<string> }>();
  for (const started of links.startedExecutions) {
    const nodeId = nodeIdOf(started.visitId);
    if (!nodeId) continue;
    const children = childrenByNode.get(nodeId) ?? { state: started.state, arns: new Set<string>() };
    children.arns.add(started.executionArn);
    childrenByNode.set(nodeId, children);
  }
  for (const [nodeId, { state, arns }] of childrenByNode) {
    const [only] = arns;
    if (arns.size === 1 && only) targets[nodeId] = { state, target: { kind: 'execution', arn: only } };
  }
  return targets;
}

/**
 * What the failure banner leads to: the children of the visit that failed (or raised the caught
 * error behind a Fail state), when it was a Distributed Map or a StartExecution task.
 */
export function findFailedChildTarget(
  links: ExecutionChildLinks,
  visitIds: readonly (number | null | undefined)[],
): ChildLinkTarget | null {
  for (const visitId of visitIds) {
    if (visitId === null || visitId === undefined) continue;
    const run = links.mapRuns.findLast((candidate) => candidate.visitId === visitId);
    if (run) return { kind: 'map-run', arn: run.mapRunArn, failedOnly: true };
    const started = links.startedExecutions.findLast((candidate) => candidate.visitId === visitId);
    if (started) return { kind: 'execution', arn: started.executionArn };
  }
  return null;
}
