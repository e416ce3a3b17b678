'use client';

import { useState } from 'react';
import type { CompareSide, ComparedState } from '@/lib/compare/types';
import { formatDuration } from '@/lib/format/format-duration';
import { OutcomeBadge } from './outcome-badge';
import { PayloadDiff } from './payload-diff';
import { ROW_GRID } from './row-grid';

function SideCell({ side, label }: { side: CompareSide | null; label: 'A' | 'B' }) {
  return (
    <span className="flex min-w-0 flex-wrap items-center gap-x-1.5 gap-y-0.5 text-xs" data-side={label}>
      <span className="sr-only">{label}: </span>
      <OutcomeBadge outcome={side?.outcome ?? 'not-visited'} />
      {side && <span className="text-zinc-600 dark:text-zinc-300">{formatDuration(side.durationMs)}</span>}
      {side && side.retries > 0 && (
        <span className="text-amber-800 dark:text-amber-300">
          {side.retries} {side.retries === 1 ? 'retry' : 'retries'}
        </span>
      )}
    </span>
  );
}

function Facts({ state }: { state: ComparedState }) {
  const line = (label: 'A' | 'B', side: CompareSide | null) =>
    side ? `${label}: next ${side.next ?? '(end)'}${side.error ? `, error ${side.error}` : ''}` : `${label}: not run`;
  return (
    <ul className="space-y-0.5 text-xs break-words text-zinc-700 dark:text-zinc-300">
      <li>{line('A', state.a)}</li>
      <li>{line('B', state.b)}</li>
      {state.groups && (
        <li data-testid="group-summary">
          {state.groups.kind === 'MapIteration' ? 'Iterations' : 'Branches'}: A {state.groups.a?.total ?? 0} ({state.groups.a?.failed ?? 0}{' '}
          failed, {state.groups.a?.caught ?? 0} caught), B {state.groups.b?.total ?? 0} ({state.groups.b?.failed ?? 0} failed,{' '}
          {state.groups.b?.caught ?? 0} caught)
          {state.groups.differingCount > 0
            ? `; ${state.groups.differingCount} ended differently: ${state.groups.differing.join(', ')}${state.groups.differingCount > state.groups.differing.length ? ', …' : ''}`
            : '; every index ended the same way'}
        </li>
      )}
    </ul>
  );
}

/**
 * One aligned state: its outcome, duration and retries in A and B; opened (click, Enter or Space on
 * the summary), its next states and its input and output diffed side by side, computed only then.
 */
export function CompareStateRow({ state, divergent }: { state: ComparedState; divergent: boolean }) {
  const [open, setOpen] = useState(false);
  const differs = state.outcomeDiffers || state.nextDiffers;
  return (
    <details
      data-node-id={state.nodeId}
      data-state={state.name}
      data-differs={differs ? 'true' : undefined}
      onToggle={(event) => setOpen(event.currentTarget.open)}
      className={`border-b border-zinc-200 last:border-b-0 dark:border-zinc-800 ${divergent ? 'bg-red-50/60 dark:bg-red-950/30' : ''}`}
    >
      <summary className={`${ROW_GRID} cursor-pointer items-center px-3 py-2 focus-visible:outline-2 focus-visible:outline-indigo-600`}>
        <span className="min-w-0 text-sm break-words" style={{ paddingLeft: `${Math.min(state.depth, 4) * 0.75}rem` }}>
          <span className="font-medium">{state.name}</span>
          {state.occurrence > 1 && <span className="text-zinc-500 dark:text-zinc-400"> #{state.occurrence}</span>}
          {state.scope && <span className="block text-[11px] text-zinc-500 dark:text-zinc-400">in {state.scope}</span>}
          {differs && <span className="block text-[11px] font-semibold text-red-700 dark:text-red-300">paths differ</span>}
          {!differs && state.inputDiffers && <span className="block text-[11px] text-zinc-600 dark:text-zinc-300">input differs</span>}
        </span>
        <SideCell side={state.a} label="A" />
        <SideCell side={state.b} label="B" />
      </summary>
      {open && (
        <div className="space-y-3 px-3 pb-3">
          <Facts state={state} />
          <PayloadDiff title="Input" a={state.a?.input} b={state.b?.input} />
          <PayloadDiff title="Output" a={state.a?.output} b={state.b?.output} />
        </div>
      )}
    </details>
  );
}
