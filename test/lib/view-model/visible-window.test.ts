import { describe, expect, it } from 'vitest';
import { visibleWindow } from '@/lib/view-model/visible-window';

describe('visibleWindow', () => {
  it('renders only the rows on screen plus the overscan, and pads the rest', () => {
    expect(visibleWindow(4_000, 2_800, 560, 28, 8)).toEqual({ start: 92, end: 129, padTopPx: 2_576, padBottomPx: 108_388 });
  });

  it('starts at the top and never runs past the last row', () => {
    expect(visibleWindow(10, 0, 560, 28, 8)).toEqual({ start: 0, end: 10, padTopPx: 0, padBottomPx: 0 });
    expect(visibleWindow(100, 99_999, 280, 28, 4)).toEqual({ start: 100, end: 100, padTopPx: 2_800, padBottomPx: 0 });
    expect(visibleWindow(0, 0, 280, 28)).toEqual({ start: 0, end: 0, padTopPx: 0, padBottomPx: 0 });
  });
});
