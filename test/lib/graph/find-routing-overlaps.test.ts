import { describe, expect, it } from 'vitest';
import { findRoutingOverlaps, type RoutingNode } from '@/lib/graph/find-routing-overlaps';

const node = (id: string, x: number, y: number, parentId?: string): RoutingNode => ({
  id,
  box: { x, y, width: 100, height: 40 },
  isGroup: false,
  ...(parentId && { parentId }),
});
// A Map box holding A, B and C stacked; a Choice loop from C back to A.
const map: RoutingNode = { id: 'M', box: { x: 0, y: 0, width: 300, height: 300 }, isGroup: true };
const nodes = [map, node('M/A', 20, 50, 'M'), node('M/B', 20, 130, 'M'), node('M/C', 20, 210, 'M')];

describe('findRoutingOverlaps', () => {
  it('finds an edge drawn straight through the node between its ends (the loop-back Default)', () => {
    const straight = {
      id: 'default:C->A',
      source: 'M/C',
      target: 'M/A',
      points: [
        { x: 70, y: 210 },
        { x: 70, y: 90 },
      ],
    };
    expect(findRoutingOverlaps(nodes, [straight], 30)).toEqual([{ kind: 'edge-through-node', edgeId: 'default:C->A', nodeId: 'M/B' }]);
  });

  it('accepts an edge routed around the nodes, inside the Map that holds its ends', () => {
    const around = {
      id: 'default:C->A',
      source: 'M/C',
      target: 'M/A',
      points: [
        { x: 120, y: 230 },
        { x: 200, y: 230 },
        { x: 200, y: 70 },
        { x: 120, y: 70 },
      ],
    };
    expect(findRoutingOverlaps(nodes, [around], 30)).toEqual([]);
  });

  it('finds a label over a state, and one over the name band of the Map it sits in', () => {
    const edge = {
      id: 'next:A->B',
      source: 'M/A',
      target: 'M/B',
      points: [
        { x: 70, y: 90 },
        { x: 70, y: 130 },
      ],
    };
    expect(findRoutingOverlaps(nodes, [{ ...edge, label: { x: 60, y: 120, width: 40, height: 18 } }], 30)).toEqual([
      { kind: 'label-over-node', edgeId: 'next:A->B', nodeId: 'M/B' },
    ]);
    expect(findRoutingOverlaps(nodes, [{ ...edge, label: { x: 150, y: 10, width: 40, height: 18 } }], 30)).toEqual([
      { kind: 'label-over-node', edgeId: 'next:A->B', nodeId: 'M' },
    ]);
    expect(findRoutingOverlaps(nodes, [{ ...edge, label: { x: 150, y: 100, width: 40, height: 18 } }], 30)).toEqual([]);
  });
});
