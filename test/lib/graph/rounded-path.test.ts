import { describe, expect, it } from 'vitest';
import { roundedPath } from '@/lib/graph/rounded-path';

describe('roundedPath', () => {
  it('is empty without points and a straight line for two', () => {
    expect(roundedPath([])).toBe('');
    expect(
      roundedPath([
        { x: 0, y: 0 },
        { x: 0, y: 40 },
      ]),
    ).toBe('M 0 0 L 0 40');
  });

  it('rounds a corner with a quadratic curve of the given radius', () => {
    const path = roundedPath(
      [
        { x: 0, y: 0 },
        { x: 0, y: 40 },
        { x: 40, y: 40 },
      ],
      6,
    );
    expect(path).toBe('M 0 0 L 0 34 Q 0 40 6 40 L 40 40');
  });

  it('never rounds more than half of the shorter segment, so close bends do not overlap', () => {
    const path = roundedPath(
      [
        { x: 0, y: 0 },
        { x: 0, y: 4 },
        { x: 40, y: 4 },
      ],
      6,
    );
    expect(path).toBe('M 0 0 L 0 2 Q 0 4 2 4 L 40 4');
  });
});
