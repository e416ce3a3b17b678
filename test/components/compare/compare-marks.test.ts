import { describe, expect, it } from 'vitest';
import { COMPARE_MARKS, compareMarks } from '@/components/compare/compare-marks';

describe('compareMarks', () => {
  it('marks nodes visited by both, by A only and by B only, and outlines the divergence', () => {
    const marks = compareMarks(['Validate', 'Verify', 'Notify'], ['Validate', 'Verify', 'Update'], 'Verify');
    expect(marks.Validate).toEqual(COMPARE_MARKS.both);
    expect(marks.Verify).toEqual({ ...COMPARE_MARKS.both, emphasis: true });
    expect(marks.Notify?.kind).toBe('a-only');
    expect(marks.Update?.kind).toBe('b-only');
    expect(marks.Other).toBeUndefined();
  });
});
