import type { NodeRunStatus } from '@/lib/graph/types';

interface StatusStyle {
  label: string;
  /** Graph node box. */
  node: string;
  /** Gantt bar fill. */
  bar: string;
  /** Small text badge. */
  badge: string;
}

/** Colours of visit and node outcomes, defined once for the graph, the Gantt and the inspector. */
export const VISIT_STATUS_STYLES: Record<NodeRunStatus, StatusStyle> = {
  'not-visited': {
    label: 'Not visited',
    node: 'border-zinc-300 bg-white text-zinc-500 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-400',
    bar: 'bg-zinc-300 dark:bg-zinc-700',
    badge: 'bg-zinc-100 text-zinc-600 dark:bg-zinc-800 dark:text-zinc-300',
  },
  succeeded: {
    label: 'Succeeded',
    node: 'border-emerald-500 bg-emerald-50 text-emerald-950 dark:border-emerald-500 dark:bg-emerald-950 dark:text-emerald-100',
    bar: 'bg-emerald-500 dark:bg-emerald-500',
    badge: 'bg-emerald-100 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-200',
  },
  caught: {
    label: 'Caught',
    node: 'border-amber-500 bg-amber-50 text-amber-950 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-100',
    bar: 'bg-amber-500 dark:bg-amber-400',
    badge: 'bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200',
  },
  running: {
    label: 'Running',
    node: 'border-sky-500 bg-sky-50 text-sky-950 dark:border-sky-400 dark:bg-sky-950 dark:text-sky-100',
    bar: 'bg-sky-500 dark:bg-sky-400 animate-pulse',
    badge: 'bg-sky-100 text-sky-800 dark:bg-sky-950 dark:text-sky-200',
  },
  aborted: {
    label: 'Aborted',
    node: 'border-zinc-400 bg-zinc-100 text-zinc-700 dark:border-zinc-500 dark:bg-zinc-800 dark:text-zinc-200',
    bar: 'bg-zinc-400 dark:bg-zinc-500',
    badge: 'bg-zinc-200 text-zinc-700 dark:bg-zinc-800 dark:text-zinc-200',
  },
  failed: {
    label: 'Failed',
    node: 'border-red-600 bg-red-50 text-red-950 dark:border-red-500 dark:bg-red-950 dark:text-red-100',
    bar: 'bg-red-600 dark:bg-red-500',
    badge: 'bg-red-100 text-red-800 dark:bg-red-950 dark:text-red-200',
  },
  timed_out: {
    label: 'Timed out',
    node: 'border-orange-600 bg-orange-50 text-orange-950 dark:border-orange-500 dark:bg-orange-950 dark:text-orange-100',
    bar: 'bg-orange-600 dark:bg-orange-500',
    badge: 'bg-orange-100 text-orange-900 dark:bg-orange-950 dark:text-orange-200',
  },
};

/** A graph node's ring when it is the one in the inspector. */
export const SELECTED_RING = 'ring-4 ring-indigo-400/70 dark:ring-indigo-500/70';
/** A graph node's ring when the page is about it (compare: where the paths part). */
export const EMPHASIS_RING = 'ring-4 ring-red-500/80 ring-offset-2 dark:ring-red-400/80 dark:ring-offset-zinc-900';

/** A group box keeps its status border and text colour but stays see-through for its inner states. */
export const withoutBackground = (classes: string) =>
  classes
    .split(' ')
    .filter((c) => !/(^|:)bg-/.test(c))
    .join(' ');

export function VisitStatusBadge({ status }: { status: NodeRunStatus }) {
  const style = VISIT_STATUS_STYLES[status];
  return (
    <span
      data-visit-status={status}
      className={`inline-flex rounded px-1.5 py-0.5 text-[11px] font-semibold whitespace-nowrap ${style.badge}`}
    >
      {style.label}
    </span>
  );
}
