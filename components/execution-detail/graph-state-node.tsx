'use client';

import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import type { GraphNodeKind, NodeRun } from '@/lib/graph/types';
import { VISIT_STATUS_STYLES } from './visit-status-styles';

export interface StateNodeData extends Record<string, unknown> {
  name: string;
  kind: GraphNodeKind;
  run: NodeRun;
  selected: boolean;
}

export type StateNodeType = Node<StateNodeData, 'state'>;
export type GroupNodeType = Node<StateNodeData, 'group-state'>;

/** A group box keeps its status border and text colour but stays see-through for its inner states. */
const withoutBackground = (classes: string) =>
  classes
    .split(' ')
    .filter((c) => !/(^|:)bg-/.test(c))
    .join(' ');

const HANDLE = '!h-1 !w-1 !min-h-0 !min-w-0 !border-0 !bg-transparent';

function RunBadges({ run }: { run: NodeRun }) {
  return (
    <span className="flex flex-wrap items-center gap-1">
      {run.visits > 1 && <span className="rounded bg-black/5 px-1 text-[10px] dark:bg-white/10">×{run.visits}</span>}
      {run.retries > 0 && (
        <span
          data-testid="retry-count"
          className="rounded bg-amber-200/70 px-1 text-[10px] font-semibold text-amber-950 dark:bg-amber-800/70 dark:text-amber-50"
        >
          {run.retries} {run.retries === 1 ? 'retry' : 'retries'}
        </span>
      )}
      {run.failStateReached && (
        <span data-testid="fail-reached" className="rounded bg-red-600 px-1 text-[10px] font-semibold text-white">
          Fail state reached
        </span>
      )}
    </span>
  );
}

/** One state of the definition, coloured by what happened to it. */
export function GraphStateNode({ data }: NodeProps<StateNodeType>) {
  const { run } = data;
  if (data.kind === 'Start' || data.kind === 'End') {
    return (
      <div
        data-node-id={data.kind === 'Start' ? '__start__' : '__end__'}
        data-run-status={run.status}
        className={`flex h-8 w-[76px] items-center justify-center rounded-full border-2 text-xs font-semibold ${VISIT_STATUS_STYLES[run.status].node}`}
      >
        <Handle type="target" position={Position.Top} className={HANDLE} />
        {data.name}
        <Handle type="source" position={Position.Bottom} className={HANDLE} />
      </div>
    );
  }
  return (
    <div
      data-node-id={data.name}
      data-run-status={run.status}
      data-fail-reached={run.failStateReached ? 'true' : undefined}
      title={run.error ? `${data.name}: ${run.error}` : data.name}
      className={`flex h-[60px] w-full cursor-pointer flex-col justify-center rounded-md border-2 px-2 text-left shadow-sm ${
        data.kind === 'Fail' ? 'border-dashed' : ''
      } ${VISIT_STATUS_STYLES[run.status].node} ${data.selected ? 'ring-4 ring-indigo-400/70 dark:ring-indigo-500/70' : ''}`}
    >
      <Handle type="target" position={Position.Top} className={HANDLE} />
      <span className="truncate text-xs font-semibold">{data.name}</span>
      <span className="flex items-center gap-1.5 text-[10px] opacity-80">
        <span>{data.kind}</span>
        <RunBadges run={run} />
      </span>
      <Handle type="source" position={Position.Bottom} className={HANDLE} />
    </div>
  );
}

/** A Map or Parallel state: a box around the states it runs. */
export function GraphGroupNode({ data }: NodeProps<GroupNodeType>) {
  const { run } = data;
  return (
    <div
      data-node-id={data.name}
      data-run-status={run.status}
      className={`h-full w-full cursor-pointer rounded-lg border-2 bg-zinc-50/70 dark:bg-zinc-900/70 ${withoutBackground(VISIT_STATUS_STYLES[run.status].node)} ${
        data.selected ? 'ring-4 ring-indigo-400/70 dark:ring-indigo-500/70' : ''
      }`}
    >
      <Handle type="target" position={Position.Top} className={HANDLE} />
      <div className="flex items-center gap-2 px-2 pt-1.5 text-xs">
        <span className="font-semibold">{data.name}</span>
        <span className="opacity-70">{data.kind}</span>
        <RunBadges run={run} />
      </div>
      <Handle type="source" position={Position.Bottom} className={HANDLE} />
    </div>
  );
}
