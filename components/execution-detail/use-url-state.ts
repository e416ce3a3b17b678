'use client';

import { useSearchParams } from 'next/navigation';
import { useCallback } from 'react';

/**
 * Reads and writes the page's own search parameters (selected visit, tab, iteration) without a
 * server round trip: Next.js keeps useSearchParams in step with history.replaceState.
 */
export function useUrlState(): [URLSearchParams, (changes: Record<string, string | null>) => void] {
  const params = useSearchParams();
  const update = useCallback((changes: Record<string, string | null>) => {
    const next = new URLSearchParams(window.location.search);
    for (const [key, value] of Object.entries(changes)) {
      if (value === null) next.delete(key);
      else next.set(key, value);
    }
    const search = next.toString();
    window.history.replaceState(null, '', `${window.location.pathname}${search ? `?${search}` : ''}${window.location.hash}`);
  }, []);
  return [new URLSearchParams(params.toString()), update];
}
