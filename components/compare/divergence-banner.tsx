import { describeDivergence, describeInputDifference } from '@/lib/compare/describe-divergence';
import type { Divergence } from '@/lib/compare/types';

/** At the top of the comparison: where the paths part, then where the data first differs. */
export function DivergenceBanner({ divergence, inputDifference }: { divergence: Divergence | null; inputDifference: Divergence | null }) {
  return (
    <section
      aria-label="First divergence"
      className={`rounded-lg border px-4 py-3 ${
        divergence
          ? 'border-red-300 bg-red-50 text-red-950 dark:border-red-800 dark:bg-red-950/40 dark:text-red-100'
          : 'border-emerald-300 bg-emerald-50 text-emerald-950 dark:border-emerald-800 dark:bg-emerald-950/40 dark:text-emerald-100'
      }`}
    >
      <h2 className="text-base font-semibold break-words" data-testid="first-divergence">
        {divergence
          ? `First divergence: ${describeDivergence(divergence)}`
          : 'No divergence: both ran the same states with the same outcomes'}
      </h2>
      <p className="mt-1 text-sm break-words" data-testid="first-input-difference">
        {inputDifference ? `First input difference: ${describeInputDifference(inputDifference)}` : 'No state saw a different input.'}
      </p>
    </section>
  );
}
