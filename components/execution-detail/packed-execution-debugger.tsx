'use client';

import { useCallback, useMemo, type ComponentProps } from 'react';
import { unpackExecutionView, type PackedExecutionView } from '@/lib/view-model/pack-execution-view';
import type { VisitPayloads } from '@/lib/view-model/visit-payloads';
import { ExecutionDebugger } from './execution-debugger';
import { rememberVisitPayloads } from './use-visit-payloads';

/**
 * The debugger of a server-rendered execution page: the view arrives packed and without the visits'
 * payloads (a fraction of the bytes on a 25,000-event history), and the inspector fetches the
 * selected visit's input, output and parameters from `payloadsPath?visit=<id>`, except those of
 * `finishedPayloads`: the visits the server sent along (a finished execution's, which cannot change).
 */
export function PackedExecutionDebugger({
  packed,
  payloadsPath,
  finishedPayloads = [],
  ...rest
}: Omit<ComponentProps<typeof ExecutionDebugger>, 'view' | 'payloadsUrl'> & {
  packed: PackedExecutionView;
  payloadsPath: string;
  finishedPayloads?: readonly { visitId: number; payloads: VisitPayloads }[];
}) {
  const view = useMemo(() => unpackExecutionView(packed), [packed]);
  const payloadsUrl = useCallback((visitId: number) => `${payloadsPath}?visit=${visitId}`, [payloadsPath]);
  // Before the inspector's first render, so it never asks for what is already here.
  for (const { visitId, payloads } of finishedPayloads) rememberVisitPayloads(payloadsUrl(visitId), payloads);
  return <ExecutionDebugger view={view} payloadsUrl={payloadsUrl} {...rest} />;
}
