'use client';

import { useEffect, useState } from 'react';
import type { ProcessingView } from '@/lib/view-model/processing-stages';
import { readDashboardAnswer } from './read-dashboard-answer';

export type ProcessingState = { status: 'loading' } | { status: 'loaded'; view: ProcessingView } | { status: 'failed'; message: string };

/** The processing route sits beside the payloads route: `/executions/<arn>/processing?visit=N`. */
export function processingUrlOf(payloadsUrl: string): string {
  return payloadsUrl.replace(/\/payloads(?=\?|$)/, '/processing');
}

const readView = (response: Response) => readDashboardAnswer<ProcessingView>(response);

/** Runs the visit's state again on `input` (JSON text); its result stays the recorded one. */
export async function runStateAgain(url: string, input: string, signal?: AbortSignal): Promise<ProcessingView> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ input }),
    signal,
  });
  return readView(response);
}

/** The recorded visit's processing, fetched when `url` changes (each ask replays it with TestState). */
export function useProcessingView(url: string): ProcessingState {
  const [state, setState] = useState<{ url: string; state: ProcessingState } | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    fetch(url, { signal: controller.signal })
      .then(readView)
      .then((view) => setState({ url, state: { status: 'loaded', view } }))
      .catch((error: unknown) => {
        if (!controller.signal.aborted)
          setState({ url, state: { status: 'failed', message: error instanceof Error ? error.message : String(error) } });
      });
    return () => controller.abort();
  }, [url]);
  return state?.url === url ? state.state : { status: 'loading' };
}
