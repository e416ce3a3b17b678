import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareExecutions } from '@/lib/compare/compare-executions';
import { buildExecutionTimeline } from '@/lib/history/build-execution-timeline';
import { parseHistoryDocument } from '@/lib/history/parse-history-document';
import { toExecutionView } from '@/lib/view-model/to-execution-view';
import type { ExecutionView } from '@/lib/view-model/types';
import { HISTORY_GENERATORS } from '../../support/history/generated-history';

const viewOf = (events: unknown[]): ExecutionView =>
  toExecutionView(buildExecutionTimeline(parseHistoryDocument(events, 'generated').events));

describe.each(HISTORY_GENERATORS)('comparing $name', ({ arbitrary }) => {
  it('finds no divergence between an execution and itself, and aligns every visit with its own', () => {
    fc.assert(
      fc.property(arbitrary, ({ events }) => {
        const view = viewOf(events);
        const c = compareExecutions(view, view);
        expect(c.firstDivergence).toBeNull();
        expect(c.firstInputDifference).toBeNull();
        expect(c.onlyA).toEqual([]);
        expect(c.onlyB).toEqual([]);
        expect(c.states.every((s) => s.a !== null && s.b !== null && s.a.visitId === s.b.visitId)).toBe(true);
        expect(c.states.length).toBe(c.a.visits);
      }),
      { numRuns: 60 },
    );
  });

  it('swapping A and B swaps the sides and keeps the divergence state', () => {
    fc.assert(
      fc.property(arbitrary, arbitrary, (first, second) => {
        const a = viewOf(first.events);
        const b = viewOf(second.events);
        const ab = compareExecutions(a, b);
        const ba = compareExecutions(b, a);
        expect(new Set(ba.states.map((s) => s.key))).toEqual(new Set(ab.states.map((s) => s.key)));
        const byKey = new Map(ba.states.map((s) => [s.key, s]));
        for (const state of ab.states) {
          const swapped = byKey.get(state.key);
          expect(swapped?.a?.visitId).toBe(state.b?.visitId);
          expect(swapped?.b?.visitId).toBe(state.a?.visitId);
        }
        expect(ba.onlyA).toEqual(ab.onlyB);
        expect(ba.onlyB).toEqual(ab.onlyA);
        expect(ba.firstDivergence?.key).toBe(ab.firstDivergence?.key);
        expect(ba.firstDivergence?.a).toEqual(ab.firstDivergence?.b);
        expect(ba.firstDivergence?.b).toEqual(ab.firstDivergence?.a);
        expect(ba.firstInputDifference?.key).toBe(ab.firstInputDifference?.key);
      }),
      { numRuns: 60 },
    );
  });
});
