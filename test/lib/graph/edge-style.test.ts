import { describe, expect, it } from 'vitest';
import { edgeStyle, graphCanvasHeightPx } from '@/lib/graph/edge-style';
import type { GraphEdge } from '@/lib/graph/types';

const next: GraphEdge = { id: 'a->b', source: 'a', target: 'b', kind: 'next' };
const catchEdge: GraphEdge = { id: 'a-catch->c', source: 'a', target: 'c', kind: 'catch', label: 'States.ALL' };

describe('edgeStyle', () => {
  it('draws a taken edge green and thicker, an idle one grey', () => {
    expect(edgeStyle(next, { taken: true, count: 1, caughtError: null })).toMatchObject({
      colour: '#059669',
      strokeWidth: 2.5,
      taken: true,
    });
    expect(edgeStyle(next, undefined)).toMatchObject({ colour: '#a1a1aa', strokeWidth: 1.25, dashArray: undefined, taken: false });
  });

  it('dashes a Catch edge, amber once an error took it', () => {
    expect(edgeStyle(catchEdge, undefined)).toMatchObject({ colour: '#a1a1aa', dashArray: '6 4', caughtPath: false });
    expect(edgeStyle(catchEdge, { taken: true, count: 1, caughtError: 'Boom' })).toMatchObject({
      colour: '#d97706',
      dashArray: '6 4',
      caughtPath: true,
    });
  });
});

describe('graphCanvasHeightPx', () => {
  it('grows with the graph between 420 and 760 pixels', () => {
    expect(graphCanvasHeightPx(100)).toBe(420);
    expect(graphCanvasHeightPx(800)).toBe(640);
    expect(graphCanvasHeightPx(5_000)).toBe(760);
  });
});
