'use client';

import { startTransition, useEffect, useState } from 'react';
import type { PackedExecutionView } from '@/lib/view-model/pack-execution-view';

export interface WholeView {
  /** The whole view, once fetched for a partial `packed`; null before, and for a view already whole. */
  view: PackedExecutionView | null;
  /** Why the fetch failed, to show with `retry`. */
  failed: string | null;
  retry: () => void;
}

/** How long the whole view waits for `pageSettled` before it is fetched anyway (a graph that never draws). */
const SETTLE_WAIT_MS = 4_000;

/** Runs `task` when the browser is next idle, or within a second. */
function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout: 1_000 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(task, 0);
  return () => clearTimeout(handle);
}

function isPackedView(body: unknown): body is PackedExecutionView {
  if (typeof body !== 'object' || body === null) return false;
  const { head, strings, visits } = body as Partial<PackedExecutionView>;
  return typeof head === 'object' && head !== null && Array.isArray(strings) && Array.isArray(visits);
}

/**
 * For a partial view (withhold-group-visits.ts), fetches the whole one from `viewPath` once
 * `pageSettled` (the graph's canvas drawn) and the browser is idle, so its parsing and the re-render
 * it brings come after the page is usable. The answer is tied to the `packed` it completes: a new
 * page's view starts over.
 */
export function useWholeView(packed: PackedExecutionView, viewPath: string | undefined, pageSettled: boolean): WholeView {
  const [answer, setAnswer] = useState<{ for: PackedExecutionView; view?: PackedExecutionView; failed?: string } | null>(null);
  const [attempt, setAttempt] = useState(0);
  const mine = answer?.for === packed ? answer : null;
  const needed = packed.partial === true && viewPath !== undefined && !mine?.view;

  useEffect(() => {
    if (!needed || viewPath === undefined) return;
    const controller = new AbortController();
    const load = () => {
      fetch(viewPath, { signal: controller.signal })
        .then(async (response) => {
          const body: unknown = await response.json().catch(() => null);
          if (!response.ok) {
            const error = typeof body === 'object' && body !== null && 'error' in body ? String(body.error) : null;
            throw new Error(error ?? `The dashboard server answered HTTP ${response.status}.`);
          }
          if (!isPackedView(body)) throw new Error('The dashboard server answered with something other than an execution view.');
          // A transition: the re-render with thousands more visits must not hold up typing or clicks.
          startTransition(() => setAnswer({ for: packed, view: body }));
        })
        .catch((error: unknown) => {
          if (controller.signal.aborted) return;
          setAnswer({ for: packed, failed: error instanceof Error ? error.message : String(error) });
        });
    };
    let cancel: () => void;
    if (pageSettled) cancel = whenIdle(load);
    else {
      const timer = setTimeout(load, SETTLE_WAIT_MS);
      cancel = () => clearTimeout(timer);
    }
    return () => {
      cancel();
      controller.abort();
    };
  }, [needed, packed, viewPath, attempt, pageSettled]);

  return {
    view: mine?.view ?? null,
    failed: mine?.failed ?? null,
    retry: () => {
      setAnswer(null);
      setAttempt((n) => n + 1);
    },
  };
}
