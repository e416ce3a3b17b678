'use client';

import { useCallback, useMemo, useState, type ComponentProps } from 'react';
import { executionPayloadHref, visitPayloadsHref } from '@/components/routes';
import type { ExecutionPayload, ExecutionPayloadsPreview } from '@/lib/view-model/execution-payloads-preview';
import { unpackExecutionView, type PackedExecutionView } from '@/lib/view-model/pack-execution-view';
import type { VisitPayloads } from '@/lib/view-model/visit-payloads';
import type { VisitPayloadsPreview } from '@/lib/view-model/visit-payloads-preview';
import { ExecutionDebugger } from './execution-debugger';
import type { RemoteExecutionPayloads } from './execution-payloads';
import { PagePayloadsContext, type PagePayloads } from './use-visit-payloads';
import { useWholeView } from './use-whole-view';
import { readDashboardAnswer } from './read-dashboard-answer';

/** The execution's whole input or output from the payloads route, or what went wrong in words. */
async function readExecutionPayload(href: string): Promise<string> {
  const body = await readDashboardAnswer(await fetch(href), (answer): answer is { text: string } => typeof answer.text === 'string');
  return body.text;
}

/**
 * The debugger of a server-rendered execution page: the view arrives packed and without the visits'
 * payloads (a fraction of the bytes on a 25,000-event history), and the inspector fetches the
 * selected visit's input, output and parameters from `payloadsPath?visit=<id>` (with
 * `&stopped=<stoppedAtMs>` for a finished execution, whose history the server keeps), except those of
 * `finishedPayloads`: the visits the server sent along (a finished execution's, which cannot change).
 * `payloadPreviews` are the first lines of payloads too large to send, shown until the fetch answers;
 * `executionPayloadPreviews` those of the execution's own input or output, read from
 * `payloadsPath?execution=input|output` when the reader asks for all of it or copies it.
 * A partial view (withhold-group-visits.ts) is swapped for the whole one from `viewPath` once the
 * graph's canvas is in and the page is idle; until then `wholeColouring` colours the graph.
 */
export function PackedExecutionDebugger({
  packed,
  payloadsPath,
  viewPath,
  stoppedAtMs,
  finishedPayloads = [],
  payloadPreviews = [],
  executionPayloadPreviews,
  wholeColouring,
  ...rest
}: Omit<ComponentProps<typeof ExecutionDebugger>, 'view' | 'payloadsUrl' | 'executionPayloads'> & {
  packed: PackedExecutionView;
  payloadsPath: string;
  viewPath?: string;
  /** When a finished execution stopped; undefined while its history can still change. */
  stoppedAtMs?: number;
  finishedPayloads?: readonly { visitId: number; payloads: VisitPayloads }[];
  payloadPreviews?: readonly { visitId: number; preview: VisitPayloadsPreview }[];
  executionPayloadPreviews?: ExecutionPayloadsPreview;
}) {
  // The whole view waits for the graph's canvas: its fetch, parsing and re-render would hold it up.
  const [graphDrawn, setGraphDrawn] = useState(false);
  const onGraphDrawn = useCallback(() => setGraphDrawn(true), []);
  const whole = useWholeView(packed, viewPath, graphDrawn);
  const current = whole.view ?? packed;
  const view = useMemo(() => unpackExecutionView(current), [current]);
  const payloadsUrl = useCallback((visitId: number) => visitPayloadsHref(payloadsPath, visitId, stoppedAtMs), [payloadsPath, stoppedAtMs]);
  const pagePayloads = useMemo(
    (): PagePayloads => ({
      whole: new Map(finishedPayloads.map(({ visitId, payloads }) => [payloadsUrl(visitId), payloads])),
      previews: new Map(payloadPreviews.map(({ visitId, preview }) => [payloadsUrl(visitId), preview])),
    }),
    [finishedPayloads, payloadPreviews, payloadsUrl],
  );
  const executionPayloads = useMemo(
    (): RemoteExecutionPayloads | undefined =>
      executionPayloadPreviews && {
        previews: executionPayloadPreviews,
        read: (payload: ExecutionPayload) => readExecutionPayload(executionPayloadHref(payloadsPath, payload, stoppedAtMs)),
      },
    [executionPayloadPreviews, payloadsPath, stoppedAtMs],
  );
  return (
    <PagePayloadsContext.Provider value={pagePayloads}>
      {whole.failed && (
        <p
          role="alert"
          className="mb-4 rounded-md border border-red-300 bg-red-50 px-4 py-2 text-sm text-red-800 dark:border-red-800 dark:bg-red-950/40 dark:text-red-200"
        >
          The visits inside this execution&apos;s Map iterations and Parallel branches could not be loaded: {whole.failed}{' '}
          <button type="button" onClick={whole.retry} className="font-medium underline">
            Try again
          </button>
        </p>
      )}
      <ExecutionDebugger
        view={view}
        payloadsUrl={payloadsUrl}
        wholeColouring={current.partial ? wholeColouring : undefined}
        onGraphDrawn={onGraphDrawn}
        executionPayloads={executionPayloads}
        {...rest}
      />
    </PagePayloadsContext.Provider>
  );
}
