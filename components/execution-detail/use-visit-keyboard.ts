'use client';

import { useEffect } from 'react';
import type { GanttRow } from '@/lib/view-model/build-gantt-rows';

const NEXT_KEYS = new Set(['j', 'ArrowDown']);
const PREVIOUS_KEYS = new Set(['k', 'ArrowUp']);

/** j / k or ↓ / ↑ select the next or previous visit among the timeline's rows, unless typing in a field. */
export function useVisitKeyboard(rows: readonly GanttRow[], selectedId: number | null, select: (visitId: number) => void) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (event.metaKey || event.ctrlKey || event.altKey || target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      const step = NEXT_KEYS.has(event.key) ? 1 : PREVIOUS_KEYS.has(event.key) ? -1 : 0;
      if (step === 0) return;
      const visitIds = rows.flatMap((row) => (row.visitId === null ? [] : [row.visitId]));
      const at = visitIds.findIndex((visitId) => visitId === selectedId);
      // From no selection (at = -1) either key lands on the first visit; past either end it stays put.
      const next = visitIds[Math.min(visitIds.length - 1, Math.max(0, at + step))];
      if (next === undefined) return;
      event.preventDefault();
      select(next);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [rows, selectedId, select]);
}
