import { describe, expect, it } from 'vitest';
import { readCostMode } from '@/app/cost/_sections/read-cost-mode';

// `?mode=` of the cost pages: one of auto, exact or sampled; anything else reviews in auto.
describe('readCostMode', () => {
  it.each<[string, Record<string, string | string[] | undefined>, string]>([
    ['no mode', {}, 'auto'],
    ['an undefined mode', { mode: undefined }, 'auto'],
    ['auto', { mode: 'auto' }, 'auto'],
    ['exact', { mode: 'exact' }, 'exact'],
    ['sampled', { mode: 'sampled' }, 'sampled'],
    ['a mode with spaces around it', { mode: '  exact ' }, 'exact'],
    ['a repeated mode (the first counts)', { mode: ['sampled', 'exact'] }, 'sampled'],
    ['an empty repeated mode', { mode: [] }, 'auto'],
    ['a blank mode', { mode: '   ' }, 'auto'],
    ['an unknown mode', { mode: 'cheap' }, 'auto'],
    ['a mode in another case (modes are case-sensitive)', { mode: 'EXACT' }, 'auto'],
    ['another parameter named like a mode', { table: 'exact' }, 'auto'],
  ])('reads %s as %s', (_, query, mode) => {
    expect(readCostMode(query)).toBe(mode);
  });
});
