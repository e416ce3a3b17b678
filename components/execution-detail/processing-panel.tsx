'use client';

import type { ProcessingUnavailableReason, ProcessingView } from '@/lib/view-model/processing-stages';
import { PayloadView } from './payload-view';
import { ProcessingRerunForm } from './processing-rerun-form';
import { ProcessingOutcomeSummary, ProcessingStageList } from './processing-stages';
import { useProcessingView } from './use-processing-view';

const UNAVAILABLE_TITLES: Record<ProcessingUnavailableReason, string> = {
  truncated: 'Cannot replay: the history truncated this visit’s data',
  'no-input': 'Cannot replay: no recorded input',
  'not-allowed': 'TestState is not allowed for these credentials',
  'not-available': 'TestState is not available from this data source',
  'not-in-definition': 'Cannot replay: the state is not in the definition',
  'no-recorded-result': 'Cannot replay: no recorded result to mock',
  rejected: 'Step Functions rejected the replay',
  unreachable: 'The data source could not be reached',
};

function Unavailable({ view }: { view: Extract<ProcessingView, { kind: 'unavailable' }> }) {
  return (
    <div className="space-y-3">
      <div
        role="status"
        className="rounded-md bg-amber-50 p-2 text-xs text-amber-950 ring-1 ring-amber-200 ring-inset dark:bg-amber-950/40 dark:text-amber-100 dark:ring-amber-900"
      >
        <p className="font-semibold" data-testid="processing-unavailable">
          {UNAVAILABLE_TITLES[view.reason]}
        </p>
        <p className="mt-1 break-words">{view.message}</p>
        <p className="mt-1">The recorded input and output are shown instead.</p>
      </div>
      <PayloadView text={view.input} label="Recorded input" />
      <PayloadView text={view.output} label="Recorded output" />
    </div>
  );
}

/**
 * How the visit's input became its output, stage by stage, replayed by Step Functions' TestState
 * with the recorded result mocked; then the same state run again on an input the user edits.
 */
export function ProcessingPanel({ url }: { url: string }) {
  const state = useProcessingView(url);
  if (state.status === 'loading')
    return (
      <p role="status" className="text-sm text-zinc-500 dark:text-zinc-400">
        Replaying this state with TestState…
      </p>
    );
  if (state.status === 'failed')
    return (
      <p role="alert" className="text-sm text-red-700 dark:text-red-300">
        The processing view could not be built: {state.message}
      </p>
    );
  const { view } = state;
  if (view.kind === 'unavailable') return <Unavailable view={view} />;
  const input = view.stages.find((stage) => stage.key === 'input')?.value ?? '{}';
  return (
    <div className="space-y-4" data-testid="processing-view">
      <p className="text-xs text-zinc-600 dark:text-zinc-300">
        {view.queryLanguage} state, replayed by Step Functions’ TestState on the recorded input.
      </p>
      <ProcessingOutcomeSummary outcome={view.outcome} mock={view.mock} />
      <ProcessingStageList stages={view.stages} />
      <ProcessingRerunForm key={url} url={url} recordedInput={input} />
    </div>
  );
}
