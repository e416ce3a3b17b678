'use client';

import { useState } from 'react';
import { compareExecutions } from '@/lib/compare/compare-executions';
import { readHistoryFile, type ImportedHistory } from '../execution-detail/read-history-file';
import { ComparisonView } from './comparison-view';

type Loaded = { a?: ImportedHistory; b?: ImportedHistory; error?: string };

/**
 * Two saved history files compared in the browser with the same code as the server: nothing is
 * uploaded. The graph is drawn from A's history (only the states that ran).
 */
export function CompareFiles() {
  const [loaded, setLoaded] = useState<Loaded>({});
  const load = async (side: 'a' | 'b', file: File | undefined) => {
    if (!file) return;
    try {
      const history = readHistoryFile(file.name, await file.text());
      setLoaded((previous) => ({ ...previous, [side]: history, error: undefined }));
    } catch (error) {
      setLoaded((previous) => ({ ...previous, [side]: undefined, error: error instanceof Error ? error.message : String(error) }));
    }
  };
  const { a, b } = loaded;
  return (
    <div className="space-y-4">
      <div className="grid grid-cols-1 gap-3 rounded-lg border border-zinc-200 bg-white p-4 sm:grid-cols-2 dark:border-zinc-800 dark:bg-zinc-900">
        {(['a', 'b'] as const).map((side) => (
          <label key={side} className="block min-w-0 text-sm font-medium">
            History file {side.toUpperCase()}
            <input
              type="file"
              accept=".json,application/json"
              data-testid={`compare-file-${side}`}
              onChange={(event) => void load(side, event.target.files?.[0])}
              className="mt-1 block w-full min-w-0 text-xs"
            />
            {loaded[side] && (
              <span className="mt-1 block truncate text-xs text-zinc-600 dark:text-zinc-300">
                {loaded[side].fileName}: {loaded[side].view.status}
              </span>
            )}
          </label>
        ))}
        <p className="text-xs text-zinc-600 sm:col-span-2 dark:text-zinc-300">
          Files from <code className="font-mono">aws stepfunctions get-execution-history</code>; they are read in this browser and never
          uploaded.
        </p>
      </div>
      {loaded.error && (
        <p
          role="alert"
          className="rounded-md border border-red-300 bg-red-50 px-4 py-2 text-sm break-words text-red-900 dark:border-red-800 dark:bg-red-950/40 dark:text-red-100"
        >
          {loaded.error}
        </p>
      )}
      {a && b && (
        <ComparisonView
          comparison={compareExecutions(a.view, b.view)}
          graph={a.graph}
          graphNote={a.graphNote}
          a={{ status: a.view.status, visits: a.view.visits }}
          b={{ status: b.view.status, visits: b.view.visits }}
          sameMachine
        />
      )}
    </div>
  );
}
