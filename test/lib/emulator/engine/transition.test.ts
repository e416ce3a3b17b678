import { describe, expect, it } from 'vitest';
import type { JsonObject } from '@/lib/emulator/asl/json-value';
import { transitionOf } from '@/lib/emulator/engine/transition';

describe('transitionOf', () => {
  it.each<[string, JsonObject, { next?: string; end: boolean }]>([
    ['Next', { Type: 'Pass', Next: 'B' }, { next: 'B', end: false }],
    ['End: true', { Type: 'Pass', End: true }, { end: true }],
    ['End: true wins over Next', { Type: 'Pass', End: true, Next: 'B' }, { end: true }],
    ['End: false with Next', { Type: 'Pass', End: false, Next: 'B' }, { next: 'B', end: false }],
    ['neither (Succeed, Fail)', { Type: 'Succeed' }, { end: true }],
    ['a Next that is not a string', { Type: 'Pass', Next: 3 }, { end: true }],
    ['an empty Next', { Type: 'Pass', Next: '' }, { next: '', end: false }],
  ])('%s', (_why, state, expected) => {
    expect(transitionOf(state)).toEqual(expected);
  });
});
