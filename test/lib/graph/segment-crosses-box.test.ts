import { describe, expect, it } from 'vitest';
import { boxesOverlap, segmentCrossesBox } from '@/lib/graph/segment-crosses-box';

const box = { x: 10, y: 10, width: 100, height: 40 };

describe('segmentCrossesBox', () => {
  it('sees a segment that passes through the box, vertical, horizontal or diagonal', () => {
    expect(segmentCrossesBox({ x: 50, y: 0 }, { x: 50, y: 100 }, box)).toBe(true);
    expect(segmentCrossesBox({ x: 0, y: 30 }, { x: 200, y: 30 }, box)).toBe(true);
    expect(segmentCrossesBox({ x: 0, y: 0 }, { x: 120, y: 60 }, box)).toBe(true);
    expect(segmentCrossesBox({ x: 50, y: 20 }, { x: 60, y: 25 }, box)).toBe(true);
  });

  it('ignores a segment that ends on the border, runs along it, or misses the box', () => {
    expect(segmentCrossesBox({ x: 50, y: 0 }, { x: 50, y: 10 }, box)).toBe(false);
    expect(segmentCrossesBox({ x: 0, y: 10 }, { x: 200, y: 10 }, box)).toBe(false);
    expect(segmentCrossesBox({ x: 0, y: 60 }, { x: 200, y: 60 }, box)).toBe(false);
    expect(segmentCrossesBox({ x: 0, y: 0 }, { x: 0, y: 100 }, box)).toBe(false);
    expect(segmentCrossesBox({ x: 200, y: 0 }, { x: 0, y: 5 }, box)).toBe(false);
  });
});

describe('boxesOverlap', () => {
  it('is true for boxes that share an area and false for boxes that only touch', () => {
    expect(boxesOverlap(box, { x: 100, y: 40, width: 50, height: 50 })).toBe(true);
    expect(boxesOverlap(box, { x: 110, y: 10, width: 50, height: 40 })).toBe(false);
    expect(boxesOverlap(box, { x: 10, y: 50, width: 100, height: 40 })).toBe(false);
  });
});
