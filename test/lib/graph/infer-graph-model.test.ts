import { describe, expect, it } from 'vitest';
import { END_NODE_ID, START_NODE_ID } from '@/lib/graph/build-graph-model';
import { inferGraphModel } from '@/lib/graph/infer-graph-model';
import { loadFixtureView } from '../../support/view-model/load-fixture-view';
import { groupView, visitView } from '../../support/view-model/visit-view';

const START = { id: START_NODE_ID, name: 'Start', kind: 'Start', isGroup: false };
const END = { id: END_NODE_ID, name: 'End', kind: 'End', isGroup: false };
const edgeIds = (model: ReturnType<typeof inferGraphModel>) => model.edges.map((e) => e.id);

describe('inferGraphModel', () => {
  it('draws only Start for an execution with no visits', () => {
    expect(inferGraphModel([], 'SUCCEEDED')).toEqual({ nodes: [START], edges: [], source: 'history' });
  });

  it('draws the states that ran and the transitions taken, in the order they ran, ending at End when it succeeded', () => {
    const model = inferGraphModel([visitView(5, 'B', { type: 'Task' }), visitView(2, 'A')], 'SUCCEEDED');
    expect(model).toEqual({
      nodes: [START, { id: 'A', name: 'A', kind: 'Pass', isGroup: false }, { id: 'B', name: 'B', kind: 'Task', isGroup: false }, END],
      edges: [
        { id: 'next:A->B', source: 'A', target: 'B', kind: 'next' },
        { id: `start:${START_NODE_ID}->A`, source: START_NODE_ID, target: 'A', kind: 'start' },
        { id: `end:B->${END_NODE_ID}`, source: 'B', target: END_NODE_ID, kind: 'end' },
      ],
      source: 'history',
    });
  });

  it.each(['FAILED', 'RUNNING', 'ABORTED', 'TIMED_OUT'] as const)('draws no End when the execution is %s', (status) => {
    const model = inferGraphModel([visitView(2, 'A'), visitView(4, 'B')], status);
    expect(model.nodes.map((n) => n.id)).toEqual([START_NODE_ID, 'A', 'B']);
    expect(edgeIds(model)).toEqual(['next:A->B', `start:${START_NODE_ID}->A`]);
  });

  it('draws a state visited again once, and each transition once', () => {
    const model = inferGraphModel(
      [visitView(2, 'A'), visitView(4, 'B'), visitView(6, 'A'), visitView(8, 'B'), visitView(10, 'Done')],
      'SUCCEEDED',
    );
    expect(model.nodes.map((n) => n.id)).toEqual([START_NODE_ID, 'A', 'B', 'Done', END_NODE_ID]);
    expect(edgeIds(model)).toEqual(['next:A->B', 'next:B->A', 'next:B->Done', `start:${START_NODE_ID}->A`, `end:Done->${END_NODE_ID}`]);
  });

  it('draws a Catch edge, labelled with the error, where a Catch routed to the next state', () => {
    const charge = visitView(2, 'Charge', { type: 'Task', status: 'caught', caught: { error: 'PaymentDeclined', next: 'Declined' } });
    const model = inferGraphModel([charge, visitView(9, 'Declined')], 'SUCCEEDED');
    expect(model.edges.find((e) => e.kind === 'catch')).toEqual({
      id: 'catch:Charge->Declined',
      source: 'Charge',
      target: 'Declined',
      kind: 'catch',
      label: 'PaymentDeclined',
    });
    expect(edgeIds(model)).not.toContain('next:Charge->Declined');
  });

  it('labels a Catch edge "Catch" when the caught error is not known', () => {
    const model = inferGraphModel([visitView(2, 'T', { caught: { error: null, next: 'U' } }), visitView(4, 'U')], 'FAILED');
    expect(model.edges[0]).toMatchObject({ kind: 'catch', label: 'Catch' });
  });

  it('draws a plain transition when the state after a caught visit is not the Catch target', () => {
    const model = inferGraphModel([visitView(2, 'T', { caught: { error: 'E', next: 'Elsewhere' } }), visitView(4, 'U')], 'FAILED');
    expect(edgeIds(model)).toEqual(['next:T->U', `start:${START_NODE_ID}->T`]);
  });

  it('draws the states of Map iterations inside the Map, joining what every iteration took', () => {
    const map = visitView(2, 'M', {
      type: 'Map',
      groups: [
        groupView(2, 0, [visitView(4, 'Check'), visitView(6, 'Store')]),
        groupView(2, 1, [visitView(5, 'Check'), visitView(8, 'Skip')]),
      ],
    });
    const model = inferGraphModel([map], 'SUCCEEDED');
    expect(model.nodes).toEqual([
      START,
      { id: 'M', name: 'M', kind: 'Map', isGroup: true },
      { id: 'M/Check', name: 'Check', kind: 'Pass', isGroup: false, parentId: 'M' },
      { id: 'M/Store', name: 'Store', kind: 'Pass', isGroup: false, parentId: 'M' },
      { id: 'M/Skip', name: 'Skip', kind: 'Pass', isGroup: false, parentId: 'M' },
      END,
    ]);
    expect(edgeIds(model)).toEqual(['next:M/Check->M/Store', 'next:M/Check->M/Skip', `start:${START_NODE_ID}->M`, `end:M->${END_NODE_ID}`]);
  });

  it('draws no transition between Parallel branches', () => {
    const parallel = visitView(2, 'P', {
      type: 'Parallel',
      groups: [
        groupView(2, 0, [visitView(4, 'Left')], { kind: 'ParallelBranch' }),
        groupView(2, 1, [visitView(5, 'Right')], { kind: 'ParallelBranch' }),
      ],
    });
    const model = inferGraphModel([parallel], 'FAILED');
    expect(model.nodes.map((n) => [n.id, n.isGroup, n.parentId ?? null])).toEqual([
      [START_NODE_ID, false, null],
      ['P', true, null],
      ['P/Left', false, 'P'],
      ['P/Right', false, 'P'],
    ]);
    expect(edgeIds(model)).toEqual([`start:${START_NODE_ID}->P`]);
  });

  it('draws a reconstructed history: Map and Parallel states with their children, in order', () => {
    const view = loadFixtureView('order-fulfilment-succeeded');
    const model = inferGraphModel(view.visits, view.status);
    expect(model.nodes.map((n) => n.id)).toEqual([
      START_NODE_ID,
      'ReserveItems',
      'ReserveItems/ReserveStock',
      'ShipAndNotify',
      'ShipAndNotify/CreateShipment',
      'ShipAndNotify/EmailCustomer',
      END_NODE_ID,
    ]);
    expect(edgeIds(model)).toEqual([
      'next:ReserveItems->ShipAndNotify',
      `start:${START_NODE_ID}->ReserveItems`,
      `end:ShipAndNotify->${END_NODE_ID}`,
    ]);
  });
});
