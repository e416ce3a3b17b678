import { formatCount } from '@/lib/format/format-cost';
import type { FailureThreshold } from '@/lib/map-runs/evaluate-failure-threshold';

const percent = (value: number) => `${Number(value.toFixed(value >= 10 ? 1 : 2))} %`;

function describeLimit(threshold: FailureThreshold): string {
  if (threshold.toleratesNone) return 'none (the first failed item fails the run)';
  const limits: string[] = [];
  if (threshold.toleratedCount !== null) limits.push(`${formatCount(threshold.toleratedCount)} items`);
  if (threshold.toleratedPercentage !== null) limits.push(percent(threshold.toleratedPercentage));
  return limits.join(' or ');
}

/**
 * The tolerated failure threshold, how much of it the failures used, and whether they went past it:
 * in words, since that is what decided the run's outcome.
 */
export function FailureThresholdNote({ threshold }: { threshold: FailureThreshold }) {
  const used = `${formatCount(threshold.failedItems)} failed or timed-out ${threshold.failedItems === 1 ? 'item' : 'items'}${
    threshold.failedPercentage === null ? '' : ` (${percent(threshold.failedPercentage)})`
  }`;
  return (
    <div
      data-testid="failure-threshold"
      data-exceeded={threshold.exceeded ? 'true' : 'false'}
      className={`rounded-md border px-3 py-2 text-sm ${
        threshold.exceeded
          ? 'border-red-300 bg-red-50 text-red-950 dark:border-red-900 dark:bg-red-950/40 dark:text-red-100'
          : 'border-zinc-200 bg-zinc-50 text-zinc-800 dark:border-zinc-800 dark:bg-zinc-900/60 dark:text-zinc-200'
      }`}
    >
      <p>
        <span className="font-semibold">Tolerated failures:</span> {describeLimit(threshold)}
      </p>
      <p>
        {used} — <span className="font-semibold">{threshold.exceeded ? 'threshold exceeded' : 'within the threshold'}</span>
      </p>
    </div>
  );
}
