'use client';

import { useState, type DragEvent } from 'react';
import { formatDuration } from '@/lib/format/format-duration';
import { indexVisits } from '@/lib/view-model/index-visits';
import { initialVisitId } from '@/lib/view-model/visit-selection';
import { ExecutionStatusBadge } from '../executions/execution-status-badge';
import { SelectedVisitScope } from '../history/selected-visit';
import { ExecutionDebugger } from './execution-debugger';
import { ImportedEvents } from './imported-events';
import { readHistoryFile, type ImportedHistory } from './read-history-file';

type ImportState = { kind: 'empty' } | { kind: 'error'; message: string } | { kind: 'loaded'; history: ImportedHistory };

/**
 * Drop or pick a history JSON file and see the execution page for it, computed in the browser:
 * nothing is uploaded, so it works offline and on histories from any account.
 */
export function HistoryImport() {
  const [state, setState] = useState<ImportState>({ kind: 'empty' });
  const [definition, setDefinition] = useState<{ fileName: string; text: string } | undefined>();
  const [dragging, setDragging] = useState(false);

  const [history, setHistory] = useState<{ fileName: string; text: string } | undefined>();

  const show = (file: { fileName: string; text: string }, withDefinition: typeof definition) => {
    try {
      setState({ kind: 'loaded', history: readHistoryFile(file.fileName, file.text, withDefinition) });
    } catch (error) {
      setState({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };
  const load = async (file: File | undefined) => {
    if (!file) return;
    const read = { fileName: file.name, text: await file.text() };
    setHistory(read);
    show(read, definition);
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    void load(event.dataTransfer.files[0]);
  };

  return (
    <div className="space-y-4">
      <div
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        className={`rounded-lg border-2 border-dashed p-6 text-center ${
          dragging
            ? 'border-indigo-500 bg-indigo-50 dark:bg-indigo-950/40'
            : 'border-zinc-300 bg-white dark:border-zinc-700 dark:bg-zinc-900'
        }`}
      >
        <p className="text-sm font-medium">Drop a history JSON file here, or pick one</p>
        <p className="mt-1 text-xs text-zinc-500 dark:text-zinc-400">
          The output of <code className="font-mono">aws stepfunctions get-execution-history --execution-arn …</code>. It is read in your
          browser and never uploaded.
        </p>
        <div className="mt-4 flex flex-wrap items-center justify-center gap-6 text-sm">
          <label className="flex items-center gap-2">
            <span className="font-medium">History file</span>
            <input
              type="file"
              accept=".json,application/json"
              aria-label="History file"
              onChange={(event) => void load(event.target.files?.[0])}
              className="text-xs"
            />
          </label>
          <label className="flex items-center gap-2">
            <span className="font-medium">Definition (optional)</span>
            <input
              type="file"
              accept=".json,.asl.json,application/json"
              aria-label="State machine definition file"
              onChange={async (event) => {
                const file = event.target.files?.[0];
                const next = file ? { fileName: file.name, text: await file.text() } : undefined;
                setDefinition(next);
                // A definition picked after the history redraws the graph from it.
                if (history) show(history, next);
              }}
              className="text-xs"
            />
          </label>
        </div>
      </div>
      {state.kind === 'error' && (
        <p
          role="alert"
          className="rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-900 dark:border-red-900 dark:bg-red-950/40 dark:text-red-200"
        >
          Could not read this file: {state.message}
        </p>
      )}
      {state.kind === 'loaded' && (
        <>
          <section
            aria-label="Imported execution"
            className="flex flex-wrap items-center gap-3 rounded-lg border border-zinc-200 bg-white px-4 py-3 text-sm dark:border-zinc-800 dark:bg-zinc-900"
          >
            <span className="font-mono font-semibold">{state.history.fileName}</span>
            <ExecutionStatusBadge status={state.history.view.status} />
            <span className="text-zinc-600 dark:text-zinc-300">{state.history.view.eventCount} events</span>
            <span className="text-zinc-600 dark:text-zinc-300">{formatDuration(state.history.view.durationMs)}</span>
          </section>
          <ExecutionDebugger
            key={`${state.history.fileName}:${state.history.readAtMs}`}
            view={state.history.view}
            graph={state.history.graph}
            graphNote={state.history.graphNote}
            renderedAtMs={state.history.readAtMs}
          />
          <SelectedVisitScope
            visitIds={[...indexVisits(state.history.view).byId.keys()]}
            initialVisitId={initialVisitId(state.history.view)}
          >
            <ImportedEvents events={state.history.events} visitOf={state.history.visitOf} />
          </SelectedVisitScope>
        </>
      )}
    </div>
  );
}
