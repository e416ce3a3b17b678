import { describe, expect, it } from 'vitest';
import type { ExecutionView } from '@/lib/view-model/types';
import { initialVisitId, selectedVisitId } from '@/lib/view-model/visit-selection';

type Arrival = Pick<ExecutionView, 'failure' | 'caught' | 'visits'>;
const visits = [{ id: 2 }, { id: 5 }, { id: 9 }] as ExecutionView['visits'];
const failure = { visitId: 9 } as ExecutionView['failure'];
const caught = [{ visitId: 5 }, { visitId: 2 }] as ExecutionView['caught'];

describe('initialVisitId: the visit selected on arrival', () => {
  it('is where the execution failed', () => {
    expect(initialVisitId({ failure, caught, visits } satisfies Arrival)).toBe(9);
  });

  it('is the first caught error when nothing failed', () => {
    expect(initialVisitId({ failure: null, caught, visits })).toBe(5);
  });

  it('is the first visit otherwise, and none without visits', () => {
    expect(initialVisitId({ failure: null, caught: [], visits })).toBe(2);
    expect(initialVisitId({ failure: null, caught: [], visits: [] })).toBeNull();
  });
});

describe('selectedVisitId: ?visit= when the execution has that visit', () => {
  const isVisit = (visitId: number) => [2, 5, 9].includes(visitId);

  it('takes the visit the URL names', () => {
    expect(selectedVisitId('5', isVisit, 9)).toBe(5);
  });

  it('falls back to the initial visit when the URL names none of this execution’s', () => {
    expect(selectedVisitId(null, isVisit, 9)).toBe(9);
    expect(selectedVisitId('', isVisit, 9)).toBe(9);
    expect(selectedVisitId('7', isVisit, 9)).toBe(9);
    expect(selectedVisitId('five', isVisit, 9)).toBe(9);
    expect(selectedVisitId('5', isVisit, null)).toBe(5);
    expect(selectedVisitId('7', isVisit, null)).toBeNull();
  });
});
