import type { CountSource, SourceFallback } from '@/lib/metrics/types';

export interface SourceDescription {
  /** Shown beside the numbers: "exact · index since 12 Nov". */
  short: string;
  /** For screen readers and the tooltip: what the numbers are and how far to trust them. */
  long: string;
  /** Why a better source was not used, when one was skipped. */
  why?: string;
}

const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const DAY_TIME = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: 'UTC',
});

function formatPeriod(seconds: number): string {
  if (seconds % 3600 === 0) return `${seconds / 3600} h`;
  if (seconds % 60 === 0) return `${seconds / 60} min`;
  return `${seconds} s`;
}

/** What one count source says about the numbers beside it, in the words the pages use. */
export function describeSource(source: CountSource, fallbacks: readonly SourceFallback[] = []): SourceDescription {
  const why = fallbacks.length > 0 ? fallbacks.map((fallback) => fallback.reason).join(' ') : undefined;
  switch (source.kind) {
    case 'index':
      return {
        short: `exact · index since ${DAY.format(source.reachesBack)}`,
        long: `Exact: counted from the execution index, complete from ${DAY_TIME.format(source.reachesBack)} to ${DAY_TIME.format(source.completeUntil)} UTC.`,
        why,
      };
    case 'metrics':
      return {
        short: 'best-effort · CloudWatch',
        long: `Best-effort: sums of the AWS/States CloudWatch metrics at a ${formatPeriod(source.periodSeconds)} period; AWS may count a status twice or publish it minutes late.`,
        why,
      };
    case 'scan': {
      const read = source.executionsRead.toLocaleString('en-US');
      if (!source.capped) {
        return {
          short: `ListExecutions · all ${read} read`,
          long: `Counted from ListExecutions: all ${read} executions in the window were read.`,
          why,
        };
      }
      const since = source.oldestRead ? `, started since ${DAY_TIME.format(source.oldestRead)} UTC` : '';
      return {
        short: `sample · newest ${source.limit.toLocaleString('en-US')}`,
        long: `A sample: only the newest ${read} executions${since} were read (ListExecutions, capped at ${source.limit.toLocaleString('en-US')}); older ones in the window are not counted.`,
        why,
      };
    }
  }
}
