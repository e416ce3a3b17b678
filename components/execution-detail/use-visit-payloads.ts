'use client';

import { createContext, useContext, useEffect, useState } from 'react';
import type { VisitPayloads } from '@/lib/view-model/visit-payloads';
import type { VisitPayloadsPreview } from '@/lib/view-model/visit-payloads-preview';
import { readDashboardAnswer } from './read-dashboard-answer';

export type PayloadsState =
  | { status: 'loading'; preview?: VisitPayloadsPreview }
  | { status: 'loaded'; payloads: VisitPayloads }
  | { status: 'failed'; message: string };

/**
 * What came with the page, by payload URL: a finished execution's payloads (whole), and the first
 * lines of ones too large to carry, shown until the fetch brings the rest. A context, not a module
 * variable, because the server renders many pages in one process.
 */
export interface PagePayloads {
  whole: ReadonlyMap<string, VisitPayloads>;
  previews: ReadonlyMap<string, VisitPayloadsPreview>;
}

export const PagePayloadsContext = createContext<PagePayloads>({ whole: new Map(), previews: new Map() });

/** Answers already fetched on this page, by URL: going back to a visit shows its payloads at once. Browser only. */
const fetched = new Map<string, VisitPayloads>();

/**
 * The payloads of one visit, fetched from `url` (the execution page's payload route) when it changes;
 * null `url` means the visit carries its payloads itself (an imported history) and nothing is fetched.
 */
export function useVisitPayloads(url: string | null): PayloadsState | null {
  const page = useContext(PagePayloadsContext);
  const given = url === null ? undefined : page.whole.get(url);
  const [state, setState] = useState<{ url: string; state: PayloadsState } | null>(null);
  useEffect(() => {
    if (url === null || given || fetched.has(url)) return;
    const controller = new AbortController();
    fetch(url, { signal: controller.signal })
      .then(async (response) => {
        const body = await readDashboardAnswer<VisitPayloads>(response);
        // A finished execution's payloads never change; a running one's visit may still get its output.
        if (response.headers.get('cache-control')?.includes('immutable')) fetched.set(url, body);
        setState({ url, state: { status: 'loaded', payloads: body } });
      })
      .catch((error: unknown) => {
        if (!controller.signal.aborted)
          setState({ url, state: { status: 'failed', message: error instanceof Error ? error.message : String(error) } });
      });
    return () => controller.abort();
  }, [url, given]);
  if (url === null) return null;
  const known = given ?? fetched.get(url);
  if (known) return { status: 'loaded', payloads: known };
  if (state?.url === url) return state.state;
  const preview = page.previews.get(url);
  return preview ? { status: 'loading', preview } : { status: 'loading' };
}
