'use client';

import { useEffect, useState } from 'react';
import type { VisitPayloads } from '@/lib/view-model/visit-payloads';

export type PayloadsState = { status: 'loading' } | { status: 'loaded'; payloads: VisitPayloads } | { status: 'failed'; message: string };

/** Answers already fetched on this page, by URL: going back to a visit shows its payloads at once. */
const fetched = new Map<string, VisitPayloads>();

/**
 * A finished execution's payloads that came with the page (the visit selected when it was rendered),
 * kept as if fetched from `url`, so the inspector shows them without a request.
 */
export function rememberVisitPayloads(url: string, payloads: VisitPayloads): void {
  fetched.set(url, payloads);
}

/**
 * The payloads of one visit, fetched from `url` (the execution page's payload route) when it changes;
 * null `url` means the visit carries its payloads itself (an imported history) and nothing is fetched.
 */
export function useVisitPayloads(url: string | null): PayloadsState | null {
  const [state, setState] = useState<{ url: string; state: PayloadsState } | null>(null);
  useEffect(() => {
    if (url === null || fetched.has(url)) return;
    const controller = new AbortController();
    fetch(url, { signal: controller.signal })
      .then(async (response) => {
        const body = (await response.json().catch(() => null)) as (VisitPayloads & { error?: string }) | null;
        if (!response.ok || !body) throw new Error(body?.error ?? `The dashboard server answered HTTP ${response.status}.`);
        // A finished execution's payloads never change; a running one's visit may still get its output.
        if (response.headers.get('cache-control')?.includes('immutable')) fetched.set(url, body);
        setState({ url, state: { status: 'loaded', payloads: body } });
      })
      .catch((error: unknown) => {
        if (!controller.signal.aborted)
          setState({ url, state: { status: 'failed', message: error instanceof Error ? error.message : String(error) } });
      });
    return () => controller.abort();
  }, [url]);
  if (url === null) return null;
  const known = fetched.get(url);
  if (known) return { status: 'loaded', payloads: known };
  return state?.url === url ? state.state : { status: 'loading' };
}
