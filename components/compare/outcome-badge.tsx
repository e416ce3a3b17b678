import { OUTCOME_LABELS } from '@/lib/compare/describe-divergence';
import type { CompareOutcome } from '@/lib/compare/types';
import type { NodeRunStatus } from '@/lib/graph/types';
import { VISIT_STATUS_STYLES } from '../execution-detail/visit-status-styles';

const COLOUR_OF: Record<CompareOutcome, NodeRunStatus> = {
  succeeded: 'succeeded',
  retried: 'succeeded',
  caught: 'caught',
  failed: 'failed',
  timed_out: 'timed_out',
  aborted: 'aborted',
  running: 'running',
  'not-visited': 'not-visited',
};

/** A compared state's outcome on one side, coloured as the graph and the execution page colour it. */
export function OutcomeBadge({ outcome }: { outcome: CompareOutcome }) {
  return (
    <span
      data-outcome={outcome}
      className={`inline-flex rounded px-1.5 py-0.5 text-[11px] font-semibold whitespace-nowrap ${VISIT_STATUS_STYLES[COLOUR_OF[outcome]].badge}`}
    >
      {OUTCOME_LABELS[outcome]}
    </span>
  );
}
