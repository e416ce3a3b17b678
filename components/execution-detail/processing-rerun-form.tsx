'use client';

import { useId, useRef, useState, type FormEvent } from 'react';
import { EDITED_INPUT_MAX_BYTES, parseEditedInput } from '@/lib/view-model/parse-edited-input';
import type { ProcessingView } from '@/lib/view-model/processing-stages';
import { ProcessingOutcomeSummary, ProcessingStageList } from './processing-stages';
import { runStateAgain } from './use-processing-view';

type RunState =
  { status: 'idle' } | { status: 'running' } | { status: 'done'; view: ProcessingView } | { status: 'invalid' | 'failed'; message: string };

/**
 * "Run this state again with edited input": the same TestState call with the input the user typed and
 * the recorded result still mocked, so nothing real runs; shows the new stages, output and next state.
 */
export function ProcessingRerunForm({ url, recordedInput }: { url: string; recordedInput: string }) {
  const [text, setText] = useState(recordedInput);
  const [run, setRun] = useState<RunState>({ status: 'idle' });
  const controller = useRef<AbortController | null>(null);
  const id = useId();
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const verdict = parseEditedInput(text);
    if (!verdict.ok) return setRun({ status: 'invalid', message: verdict.message });
    controller.current?.abort();
    const current = (controller.current = new AbortController());
    setRun({ status: 'running' });
    runStateAgain(url, verdict.input, current.signal)
      .then((view) => setRun({ status: 'done', view }))
      .catch((error: unknown) => {
        if (!current.signal.aborted) setRun({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
      });
  };
  const problem = run.status === 'invalid' || run.status === 'failed' ? run.message : null;
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-2 border-t border-zinc-200 pt-3 dark:border-zinc-800">
      <h4 id={`${id}-heading`} className="text-sm font-semibold">
        Run this state again with edited input
      </h4>
      <form onSubmit={onSubmit} className="space-y-2">
        <label htmlFor={`${id}-input`} className="block text-xs text-zinc-600 dark:text-zinc-300">
          Edited state input (JSON, up to {EDITED_INPUT_MAX_BYTES / 1024} KiB). The recorded result is mocked again: nothing real is
          invoked.
        </label>
        <textarea
          id={`${id}-input`}
          value={text}
          onChange={(event) => setText(event.target.value)}
          spellCheck={false}
          rows={8}
          aria-invalid={run.status === 'invalid'}
          aria-describedby={problem ? `${id}-problem` : undefined}
          className="block w-full rounded-md border border-zinc-300 bg-white p-2 font-mono text-[11px] leading-5 text-zinc-900 dark:border-zinc-700 dark:bg-zinc-950 dark:text-zinc-100"
        />
        <div className="flex flex-wrap items-center gap-2">
          <button
            type="submit"
            disabled={run.status === 'running'}
            className="rounded-md bg-indigo-700 px-3 py-1.5 text-xs font-medium text-white hover:bg-indigo-800 disabled:opacity-60 dark:bg-indigo-500 dark:text-zinc-950 dark:hover:bg-indigo-400"
          >
            {run.status === 'running' ? 'Running…' : 'Run again'}
          </button>
          <button
            type="button"
            onClick={() => {
              setText(recordedInput);
              setRun({ status: 'idle' });
            }}
            className="rounded-md px-2 py-1.5 text-xs text-zinc-700 underline dark:text-zinc-300"
          >
            Reset to the recorded input
          </button>
        </div>
        {problem && (
          <p id={`${id}-problem`} role="alert" className="text-xs text-red-700 dark:text-red-300">
            {problem}
          </p>
        )}
      </form>
      <div aria-live="polite">
        {run.status === 'done' && run.view.kind === 'replayed' && (
          <div className="space-y-3" data-testid="rerun-result">
            <h5 className="text-xs font-semibold">With the edited input</h5>
            <ProcessingOutcomeSummary outcome={run.view.outcome} mock={run.view.mock} />
            <ProcessingStageList stages={run.view.stages} />
          </div>
        )}
        {run.status === 'done' && run.view.kind === 'unavailable' && (
          <p role="alert" className="text-xs text-red-700 dark:text-red-300">
            {run.view.message}
          </p>
        )}
      </div>
    </section>
  );
}
