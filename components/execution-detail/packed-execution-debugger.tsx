'use client';

import { useCallback, useMemo, type ComponentProps } from 'react';
import { unpackExecutionView, type PackedExecutionView } from '@/lib/view-model/pack-execution-view';
import { ExecutionDebugger } from './execution-debugger';

/**
 * The debugger of a server-rendered execution page: the view arrives packed and without the visits'
 * payloads (a fraction of the bytes on a 25,000-event history), and the inspector fetches the
 * selected visit's input, output and parameters from `payloadsPath?visit=<id>`.
 */
export function PackedExecutionDebugger({
  packed,
  payloadsPath,
  ...rest
}: Omit<ComponentProps<typeof ExecutionDebugger>, 'view' | 'payloadsUrl'> & { packed: PackedExecutionView; payloadsPath: string }) {
  const view = useMemo(() => unpackExecutionView(packed), [packed]);
  const payloadsUrl = useCallback((visitId: number) => `${payloadsPath}?visit=${visitId}`, [payloadsPath]);
  return <ExecutionDebugger view={view} payloadsUrl={payloadsUrl} {...rest} />;
}
