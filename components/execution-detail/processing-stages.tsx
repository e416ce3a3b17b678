import type { TestStateStatus } from '@/lib/domain/test-state';
import type { ProcessingMock, ProcessingOutcome, ProcessingStage } from '@/lib/view-model/processing-stages';
import { ScrollRegion } from '../ui/scroll-region';
import { SideBySideDiff } from './side-by-side-diff';

const BOX = 'max-h-72 overflow-auto rounded-md ring-1 ring-zinc-200 ring-inset dark:ring-zinc-800';
const PRE =
  'bg-zinc-50 p-2 font-mono text-[11px] leading-5 break-all whitespace-pre-wrap text-zinc-800 dark:bg-zinc-950 dark:text-zinc-200';

const OUTCOME_STYLES: Record<TestStateStatus, { label: string; className: string }> = {
  SUCCEEDED: { label: 'Succeeded', className: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200' },
  FAILED: { label: 'Failed', className: 'bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200' },
  RETRIABLE: { label: 'Would be retried', className: 'bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200' },
  CAUGHT_ERROR: { label: 'Error caught', className: 'bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200' },
};

const MOCK_NOTES: Record<ProcessingMock, string> = {
  result: 'The task’s result is the recorded one (mocked): nothing was invoked.',
  error: 'The recorded error is mocked: nothing was invoked.',
  none: 'This state type calls nothing; Step Functions evaluated it as defined.',
};

function StageValue({ stage }: { stage: ProcessingStage }) {
  const compared = stage.comparedWith;
  if (compared?.changed) {
    return (
      <SideBySideDiff
        left={compared.value}
        right={stage.value}
        leftHeading={compared.label}
        rightHeading={stage.label}
        label={`${compared.label} and ${stage.label}`}
      />
    );
  }
  const value = (
    <ScrollRegion label={`${stage.label} value`} className={BOX}>
      <pre aria-label={stage.label} className={PRE}>
        {stage.value}
      </pre>
    </ScrollRegion>
  );
  // An unchanged stage repeats the one before it: folded, so the stages that did change stand out.
  if (compared)
    return (
      <details>
        <summary className="cursor-pointer text-[11px] text-zinc-600 dark:text-zinc-300">Show the value</summary>
        {value}
      </details>
    );
  return value;
}

/** Each processing stage in the order the state applied it, with what changed from the one it came from. */
export function ProcessingStageList({ stages }: { stages: readonly ProcessingStage[] }) {
  return (
    <ol aria-label="Processing stages" className="space-y-3">
      {stages.map((stage, index) => (
        <li key={stage.key} data-stage={stage.key}>
          <h4 className="mb-1 flex flex-wrap items-baseline gap-x-2 text-xs font-semibold">
            <span className="text-zinc-500 tabular-nums dark:text-zinc-400">{index + 1}.</span>
            {stage.label}
            {stage.comparedWith && (
              <span className="text-[11px] font-normal text-zinc-600 dark:text-zinc-300" data-testid="stage-change">
                {stage.comparedWith.changed ? `changed from ${stage.comparedWith.label}` : `same as ${stage.comparedWith.label}`}
              </span>
            )}
          </h4>
          <StageValue stage={stage} />
        </li>
      ))}
    </ol>
  );
}

/** TestState's verdict: succeeded, failed, retried or caught, and the state it goes to next. */
export function ProcessingOutcomeSummary({ outcome, mock }: { outcome: ProcessingOutcome; mock: ProcessingMock }) {
  const style = OUTCOME_STYLES[outcome.status];
  return (
    <div className="space-y-1 text-xs" data-testid="processing-outcome">
      <p className="flex flex-wrap items-center gap-2">
        <span className={`rounded px-1.5 py-0.5 font-medium ${style.className}`}>{style.label}</span>
        {outcome.error && (
          <span className="font-mono text-red-800 dark:text-red-300">
            {outcome.error}
            {outcome.cause ? `: ${outcome.cause}` : ''}
          </span>
        )}
      </p>
      {outcome.status === 'RETRIABLE' && (
        <p>
          Retry rule #{(outcome.retryIndex ?? 0) + 1} applies
          {outcome.retryBackoffSeconds !== undefined && `; the next attempt would start after ${outcome.retryBackoffSeconds} s`}.
        </p>
      )}
      {outcome.status === 'CAUGHT_ERROR' && outcome.catchIndex !== undefined && <p>Catch rule #{outcome.catchIndex + 1} handled it.</p>}
      <p>
        Next state:{' '}
        <span className="font-mono font-medium" data-testid="processing-next-state">
          {outcome.nextState ?? '(none: the state ends its branch or the execution)'}
        </span>
      </p>
      <p className="text-zinc-500 dark:text-zinc-400">{MOCK_NOTES[mock]}</p>
    </div>
  );
}
