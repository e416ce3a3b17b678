'use client';

import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import Link from 'next/link';
import type { KeyboardEvent } from 'react';
import type { ChildLink } from '../map-runs/child-link';
import { describeNodeColourForScreenReader, describeNodeCounts, NODE_STATUS_LABELS } from '@/lib/graph/describe-node-run';
import type { GraphNodeKind, NodeRun } from '@/lib/graph/types';
import { EMPHASIS_RING, SELECTED_RING, VISIT_STATUS_STYLES, withoutBackground } from './visit-status-styles';

/** An extra mark on a node (the compare page: which execution visited it, where the paths part). */
export interface NodeMark {
  /** Short visible text, also read by screen readers. */
  text: string;
  /** data-compare-mark value, for tests and styling. */
  kind: string;
  /** Badge colours. */
  className: string;
  /** Outlined in red: the node the page is about. */
  emphasis?: boolean;
}

export interface StateNodeData extends Record<string, unknown> {
  name: string;
  mark?: NodeMark;
  kind: GraphNodeKind;
  run: NodeRun;
  selected: boolean;
  /** Opens the node in the inspector (as a click does), for Enter and Space. */
  onOpen: () => void;
  /** A Distributed Map's Map Run, or the execution a StartExecution task started. */
  childLink?: ChildLink;
}

export type StateNodeType = Node<StateNodeData, 'state'>;
export type GroupNodeType = Node<StateNodeData, 'group-state'>;

const HANDLE = '!h-1 !w-1 !min-h-0 !min-w-0 !border-0 !bg-transparent';

function MarkBadge({ mark }: { mark: NodeMark | undefined }) {
  if (!mark) return null;
  return (
    <span data-compare-mark={mark.kind} className={`shrink-0 rounded px-1 text-[10px] font-semibold ${mark.className}`}>
      {mark.text}
    </span>
  );
}
/** Keyboard focus: a solid outline outside the selection ring, so both show at once. */
const FOCUS_RING =
  'focus-visible:outline-3 focus-visible:outline-solid focus-visible:outline-offset-4 focus-visible:outline-indigo-700 dark:focus-visible:outline-indigo-300';

/**
 * The props that make a node a keyboard-operable button opening it in the inspector. Its name is
 * its content: the visible text plus the outcome its colour shows (ColourForScreenReader).
 */
function buttonProps(data: StateNodeData) {
  return {
    role: 'button',
    tabIndex: 0,
    'aria-pressed': data.selected,
    onKeyDown: (event: KeyboardEvent) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      data.onOpen();
    },
  } as const;
}

function RunBadges({ run }: { run: NodeRun }) {
  const counts = describeNodeCounts(run);
  return (
    <span className="flex min-w-0 items-center gap-1">
      {counts && (
        <span data-testid="run-counts" className="truncate rounded bg-black/5 px-1 text-[10px] dark:bg-white/10">
          {counts}
        </span>
      )}
      {run.retries > 0 && (
        <span
          data-testid="retry-count"
          className="shrink-0 rounded bg-amber-200/70 px-1 text-[10px] font-semibold text-amber-950 dark:bg-amber-800/70 dark:text-amber-50"
        >
          {run.retries} {run.retries === 1 ? 'retry' : 'retries'}
        </span>
      )}
      {run.failStateReached && (
        <span data-testid="fail-reached" className="shrink-0 rounded bg-red-600 px-1 text-[10px] font-semibold text-white">
          Fail state reached
        </span>
      )}
    </span>
  );
}

function ColourForScreenReader({ run }: { run: NodeRun }) {
  return <span className="sr-only">, {describeNodeColourForScreenReader(run)},</span>;
}

/** In the selected Map iteration or Parallel branch: what happened to this state there. */
function FocusStatus({ run }: { run: NodeRun }) {
  if (!run.focus) return null;
  return (
    <span data-testid="focus-status" className="flex items-center gap-1 truncate text-[10px] leading-tight font-medium">
      <span aria-hidden className={`inline-block h-2 w-2 shrink-0 rounded-full border ${VISIT_STATUS_STYLES[run.focus.status].node}`} />
      this iteration: {NODE_STATUS_LABELS[run.focus.status]}
    </span>
  );
}

/**
 * Beside the node's button, never inside it (a link in a button is not operable on its own), laid
 * over its corner; `nodrag nopan` keep React Flow from taking the click.
 */
function ChildLinkBadge({ link, position }: { link: ChildLink | undefined; position: string }) {
  if (!link) return null;
  return (
    <Link
      href={link.href}
      aria-label={link.label}
      title={link.label}
      data-testid="node-child-link"
      onClick={(event) => event.stopPropagation()}
      className={`nodrag nopan absolute z-10 rounded bg-indigo-700 px-1.5 py-0.5 text-[10px] font-semibold text-white shadow-sm hover:bg-indigo-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-700 dark:bg-indigo-300 dark:text-indigo-950 dark:hover:bg-indigo-200 ${position}`}
    >
      {link.text} →
    </Link>
  );
}

/** One state of the definition, coloured by what happened to it over the whole execution. */
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
    <>
      <div
        {...buttonProps(data)}
        data-node-id={data.name}
        data-run-status={run.status}
        data-focus-status={run.focus?.status}
        data-fail-reached={run.failStateReached ? 'true' : undefined}
        data-compare-mark={data.mark?.kind}
        title={run.error ? `${data.name}: ${run.error}` : data.name}
        className={`flex h-[60px] w-full cursor-pointer flex-col justify-center rounded-md border-2 px-2 text-left shadow-sm ${
          data.kind === 'Fail' ? 'border-dashed' : ''
        } ${VISIT_STATUS_STYLES[run.status].node} ${data.selected ? SELECTED_RING : ''} ${data.mark?.emphasis ? EMPHASIS_RING : ''} ${FOCUS_RING}`}
      >
        <Handle type="target" position={Position.Top} className={HANDLE} />
        <span className="truncate text-xs leading-tight font-semibold">
          {data.name}
          <ColourForScreenReader run={run} />
        </span>
        <span className="flex min-w-0 items-center gap-1.5 text-[10px] leading-tight">
          <span className="shrink-0">{data.kind}</span>
          <MarkBadge mark={data.mark} />
          <RunBadges run={run} />
        </span>
        <FocusStatus run={run} />
        <Handle type="source" position={Position.Bottom} className={HANDLE} />
      </div>
      <ChildLinkBadge link={data.childLink} position="right-1 -bottom-2" />
    </>
  );
}

/** A Map or Parallel state: a box around the states it runs. */
export function GraphGroupNode({ data }: NodeProps<GroupNodeType>) {
  const { run } = data;
  return (
    <>
      <div
        {...buttonProps(data)}
        data-node-id={data.name}
        data-run-status={run.status}
        data-focus-status={run.focus?.status}
        data-compare-mark={data.mark?.kind}
        className={`h-full w-full cursor-pointer rounded-lg border-2 bg-zinc-50/70 dark:bg-zinc-900/70 ${withoutBackground(VISIT_STATUS_STYLES[run.status].node)} ${
          data.selected ? SELECTED_RING : ''
        } ${data.mark?.emphasis ? EMPHASIS_RING : ''} ${FOCUS_RING}`}
      >
        <Handle type="target" position={Position.Top} className={HANDLE} />
        <div className="flex items-center gap-2 px-2 pt-1.5 text-xs">
          <span className="font-semibold">
            {data.name}
            <ColourForScreenReader run={run} />
          </span>
          <span>{data.kind}</span>
          <MarkBadge mark={data.mark} />
          <RunBadges run={run} />
          <FocusStatus run={run} />
        </div>
        <Handle type="source" position={Position.Bottom} className={HANDLE} />
      </div>
      <ChildLinkBadge link={data.childLink} position="right-2 -top-2.5" />
    </>
  );
}
