import type { CountSource, SourceFallback } from '@/lib/metrics/types';
import { describeSource } from './describe-source';

const TONE: Record<CountSource['kind'], string> = {
  index: 'bg-emerald-50 text-emerald-800 ring-emerald-200 dark:bg-emerald-950/40 dark:text-emerald-300 dark:ring-emerald-900',
  metrics: 'bg-sky-50 text-sky-800 ring-sky-200 dark:bg-sky-950/40 dark:text-sky-300 dark:ring-sky-900',
  scan: 'bg-amber-50 text-amber-800 ring-amber-200 dark:bg-amber-950/40 dark:text-amber-300 dark:ring-amber-900',
};

/**
 * Where the numbers beside it came from, in a few words; the full sentence (and why a better source
 * was skipped) is read by screen readers and shown as a tooltip.
 */
export function SourceLabel({ source, fallbacks = [] }: { source: CountSource; fallbacks?: readonly SourceFallback[] }) {
  const description = describeSource(source, fallbacks);
  const detail = description.why ? `${description.long} Why: ${description.why}` : description.long;
  return (
    <span
      data-source={source.kind}
      data-fallback={description.why ? 'true' : undefined}
      title={detail}
      className={`inline-flex max-w-full items-center rounded px-1.5 py-0.5 text-[11px] font-medium whitespace-nowrap ring-1 ring-inset ${TONE[source.kind]}`}
    >
      <span aria-hidden="true">
        {description.short}
        {description.why ? ' *' : ''}
      </span>
      <span className="sr-only">Source: {detail}</span>
    </span>
  );
}
