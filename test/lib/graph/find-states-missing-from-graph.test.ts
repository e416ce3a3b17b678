import { describe, expect, it } from 'vitest';
import { buildGraphModel } from '@/lib/graph/build-graph-model';
import { findStatesMissingFromGraph } from '@/lib/graph/find-states-missing-from-graph';
import { indexVisits } from '@/lib/view-model/index-visits';
import { groupView, visitView } from '../../support/view-model/visit-view';

/** A ran, then Parallel P whose branch ran Inner, then Fail F. */
const ran = indexVisits({
  visits: [
    visitView(2, 'A'),
    visitView(4, 'P', { type: 'Parallel', groups: [groupView(4, 0, [visitView(5, 'Inner')], { kind: 'ParallelBranch' })] }),
    visitView(9, 'F', { type: 'Fail' }),
  ],
});

const definition = (states: Record<string, unknown>, startAt = 'A') =>
  buildGraphModel(JSON.stringify({ StartAt: startAt, States: states }));
const parallel = (inner: string) => ({
  Type: 'Parallel',
  Branches: [{ StartAt: inner, States: { [inner]: { Type: 'Pass', End: true } } }],
  Next: 'F',
});

describe('findStatesMissingFromGraph', () => {
  it('is empty when the definition has every state the history ran, nested ones included', () => {
    const graph = definition({ A: { Type: 'Pass', Next: 'P' }, P: parallel('Inner'), F: { Type: 'Fail' }, Unused: { Type: 'Succeed' } });
    expect(findStatesMissingFromGraph(graph, ran)).toEqual([]);
  });

  it('names the states the definition lacks, in the order they ran, by their path inside Map and Parallel', () => {
    const graph = definition({ A: { Type: 'Pass', Next: 'P' }, P: parallel('Other'), Done: { Type: 'Succeed' } });
    expect(findStatesMissingFromGraph(graph, ran)).toEqual(['P/Inner', 'F']);
  });

  it('finds a state moved out of its Parallel: the same name at another level is another state', () => {
    const graph = definition({
      A: { Type: 'Pass', Next: 'Inner' },
      Inner: { Type: 'Pass', Next: 'P' },
      P: parallel('X'),
      F: { Type: 'Fail' },
    });
    expect(findStatesMissingFromGraph(graph, ran)).toEqual(['P/Inner']);
  });

  it('names each missing state once however often it ran', () => {
    const looped = indexVisits({ visits: [visitView(2, 'A'), visitView(3, 'B'), visitView(4, 'B')] });
    expect(findStatesMissingFromGraph(definition({ A: { Type: 'Succeed' } }), looped)).toEqual(['B']);
  });
});
