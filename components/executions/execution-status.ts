import type { ExecutionStatus } from '@/lib/domain';

/** Status colours and labels, defined once for badges, filters and rows. */
export const EXECUTION_STATUS_STYLES: Record<ExecutionStatus, { label: string; badge: string; row: string }> = {
  RUNNING: {
    label: 'Running',
    badge: 'bg-sky-100 text-sky-800 ring-sky-300 dark:bg-sky-950 dark:text-sky-200 dark:ring-sky-800',
    row: '',
  },
  SUCCEEDED: {
    label: 'Succeeded',
    badge: 'bg-emerald-100 text-emerald-800 ring-emerald-300 dark:bg-emerald-950 dark:text-emerald-200 dark:ring-emerald-800',
    row: '',
  },
  FAILED: {
    label: 'Failed',
    badge: 'bg-red-100 text-red-800 ring-red-300 dark:bg-red-950 dark:text-red-200 dark:ring-red-800',
    row: 'bg-red-50/60 dark:bg-red-950/20',
  },
  TIMED_OUT: {
    label: 'Timed out',
    badge: 'bg-amber-100 text-amber-900 ring-amber-300 dark:bg-amber-950 dark:text-amber-200 dark:ring-amber-800',
    row: 'bg-amber-50/60 dark:bg-amber-950/20',
  },
  ABORTED: {
    label: 'Aborted',
    badge: 'bg-zinc-200 text-zinc-800 ring-zinc-300 dark:bg-zinc-800 dark:text-zinc-200 dark:ring-zinc-700',
    row: '',
  },
  PENDING_REDRIVE: {
    label: 'Pending redrive',
    badge: 'bg-violet-100 text-violet-800 ring-violet-300 dark:bg-violet-950 dark:text-violet-200 dark:ring-violet-800',
    row: '',
  },
};
