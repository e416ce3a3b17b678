'use client';

import { usePathname } from 'next/navigation';
import { useEffect, useState } from 'react';
import { toLambdaLogSearchParams } from '@/lib/lambda-logs/lambda-log-request';
import type { LambdaLogsResult } from '@/lib/lambda-logs/lambda-log-types';

type LoadState = { visitId: number; result: LambdaLogsResult } | { visitId: number; failed: string };

/** The execution ARN of an `/executions/<ARN>` page; imported histories have none. */
function toExecutionArn(pathname: string | null): string | undefined {
  const encoded = /^\/executions\/([^/]+)$/.exec(pathname ?? '')?.[1];
  if (!encoded) return undefined;
  try {
    return decodeURIComponent(encoded);
  } catch {
    return undefined;
  }
}

const MUTED = 'text-sm text-zinc-500 dark:text-zinc-400';

/**
 * The Lambda log lines of a Task visit's last invocation, read on demand through `/lambda-logs`
 * (the server finds the function and request id in the history), with the CloudWatch console link
 * when the data source is real AWS.
 */
export function LambdaLogsPanel({ visitId }: { visitId: number }) {
  const executionArn = toExecutionArn(usePathname());
  const [state, setState] = useState<LoadState | null>(null);

  useEffect(() => {
    if (!executionArn) return;
    const controller = new AbortController();
    const search = toLambdaLogSearchParams({ executionArn, enteredEventId: visitId });
    fetch(`/lambda-logs?${search.toString()}`, { signal: controller.signal })
      .then((response) => {
        // Problems the route understood come as JSON whatever the status; anything else is the server failing.
        if (!response.headers.get('content-type')?.includes('application/json')) {
          throw new Error(`The dashboard server could not read the logs (HTTP ${response.status}).`);
        }
        return response.json() as Promise<LambdaLogsResult>;
      })
      .then((result) => setState({ visitId, result }))
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setState({ visitId, failed: error instanceof Error ? error.message : String(error) });
      });
    return () => controller.abort();
  }, [executionArn, visitId]);

  if (!executionArn)
    return <p className={MUTED}>Lambda logs are read for executions opened from the data source, not for imported files.</p>;
  if (!state || state.visitId !== visitId) return <p className={MUTED}>Reading the function’s log lines…</p>;
  if ('failed' in state) return <p className="text-sm text-red-700 dark:text-red-300">The log lines could not be read: {state.failed}</p>;
  const { result } = state;
  const query = result.query;
  return (
    <div className="space-y-2 text-sm">
      {query && (
        <p className={MUTED}>
          <span className="font-mono">{query.logGroupName}</span>
          {query.requestId ? (
            <>
              , request <span className="font-mono">{query.requestId}</span>
            </>
          ) : (
            ', no request id in the history: lines of the task’s time window'
          )}
        </p>
      )}
      {result.consoleUrl && (
        <a href={result.consoleUrl} target="_blank" rel="noreferrer" className="text-indigo-700 hover:underline dark:text-indigo-300">
          CloudWatch Logs for this request
        </a>
      )}
      {result.kind === 'unavailable' ? (
        <div>
          <p>{result.message}</p>
          {result.hint && <p className={MUTED}>{result.hint}</p>}
        </div>
      ) : result.lines.length === 0 ? (
        <p className={MUTED}>No log lines for this request (yet: CloudWatch Logs can take a few seconds to show them).</p>
      ) : (
        <ol
          aria-label="Lambda log lines"
          className="max-h-80 overflow-auto rounded-md bg-zinc-50 p-2 font-mono text-xs ring-1 ring-zinc-200 ring-inset dark:bg-zinc-950 dark:ring-zinc-800"
        >
          {result.lines.map((line, index) => (
            <li key={index} className="border-b border-zinc-200 py-0.5 break-all whitespace-pre-wrap last:border-b-0 dark:border-zinc-800">
              <span className="text-zinc-500 dark:text-zinc-400">{new Date(line.timestampMs).toISOString().slice(11, 23)} </span>
              {line.message.trimEnd()}
            </li>
          ))}
          {result.truncated && <li className="text-zinc-500">… more lines in CloudWatch Logs</li>}
        </ol>
      )}
    </div>
  );
}
