'use client';

import { useCallback, useMemo, type ComponentProps } from 'react';
import { unpackExecutionView, type PackedExecutionView } from '@/lib/view-model/pack-execution-view';
import type { VisitPayloads } from '@/lib/view-model/visit-payloads';
import type { VisitPayloadsPreview } from '@/lib/view-model/visit-payloads-preview';
import { ExecutionDebugger } from './execution-debugger';
import { PagePayloadsContext, type PagePayloads } from './use-visit-payloads';

/**
 * The debugger of a server-rendered execution page: the view arrives packed and without the visits'
 * payloads (a fraction of the bytes on a 25,000-event history), and the inspector fetches the
 * selected visit's input, output and parameters from `payloadsPath?visit=<id>`, except those of
 * `finishedPayloads`: the visits the server sent along (a finished execution's, which cannot change).
 * `payloadPreviews` are the first lines of payloads too large to send, shown until the fetch answers.
 */
export function PackedExecutionDebugger({
  packed,
  payloadsPath,
  finishedPayloads = [],
  payloadPreviews = [],
  ...rest
}: Omit<ComponentProps<typeof ExecutionDebugger>, 'view' | 'payloadsUrl'> & {
  packed: PackedExecutionView;
  payloadsPath: string;
  finishedPayloads?: readonly { visitId: number; payloads: VisitPayloads }[];
  payloadPreviews?: readonly { visitId: number; preview: VisitPayloadsPreview }[];
}) {
  const view = useMemo(() => unpackExecutionView(packed), [packed]);
  const payloadsUrl = useCallback((visitId: number) => `${payloadsPath}?visit=${visitId}`, [payloadsPath]);
  const pagePayloads = useMemo(
    (): PagePayloads => ({
      whole: new Map(finishedPayloads.map(({ visitId, payloads }) => [payloadsUrl(visitId), payloads])),
      previews: new Map(payloadPreviews.map(({ visitId, preview }) => [payloadsUrl(visitId), preview])),
    }),
    [finishedPayloads, payloadPreviews, payloadsUrl],
  );
  return (
    <PagePayloadsContext.Provider value={pagePayloads}>
      <ExecutionDebugger view={view} payloadsUrl={payloadsUrl} {...rest} />
    </PagePayloadsContext.Provider>
  );
}
