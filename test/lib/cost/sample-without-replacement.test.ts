import { describe, expect, it } from 'vitest';
import { createSeededRandom, sampleWithoutReplacement } from '@/lib/cost/sample-without-replacement';

const take = (random: () => number, count: number) => Array.from({ length: count }, () => random());

describe('createSeededRandom: mulberry32, so a review can be repeated', () => {
  it("gives mulberry32's reference sequence", () => {
    expect(take(createSeededRandom(1), 3)).toEqual([0.6270739405881613, 0.002735721180215478, 0.5274470399599522]);
    expect(take(createSeededRandom(42), 3)).toEqual([0.6011037519201636, 0.44829055899754167, 0.8524657934904099]);
  });

  it('repeats itself for the same seed and differs for another', () => {
    expect(take(createSeededRandom(7), 20)).toEqual(take(createSeededRandom(7), 20));
    expect(take(createSeededRandom(7), 20)).not.toEqual(take(createSeededRandom(8), 20));
  });

  it('reads the seed as an unsigned 32-bit integer', () => {
    expect(take(createSeededRandom(-1), 5)).toEqual(take(createSeededRandom(0xffffffff), 5));
    expect(take(createSeededRandom(2 ** 32 + 5), 5)).toEqual(take(createSeededRandom(5), 5));
  });

  it('stays within [0, 1)', () => {
    for (const value of take(createSeededRandom(123), 10_000)) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
  });
});

describe('sampleWithoutReplacement: a simple random sample (partial Fisher–Yates)', () => {
  const items = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];

  it('takes `size` distinct items of the input, and leaves the input as it was', () => {
    const input = [...items];
    const sample = sampleWithoutReplacement(input, 5, createSeededRandom(9));
    expect(sample).toHaveLength(5);
    expect(new Set(sample).size).toBe(5);
    for (const item of sample) expect(items).toContain(item);
    expect(input).toEqual(items);
  });

  it('gives the same sample for the same seed', () => {
    expect(sampleWithoutReplacement(items, 4, createSeededRandom(3))).toEqual(sampleWithoutReplacement(items, 4, createSeededRandom(3)));
  });

  it('picks by the random numbers as Fisher–Yates does: always 0 keeps the order, always just below 1 takes from the end', () => {
    expect(sampleWithoutReplacement(items, 3, () => 0)).toEqual(['a', 'b', 'c']);
    // i=0 swaps a with the last (d); i=1 swaps b with the last again (now a).
    expect(sampleWithoutReplacement(['a', 'b', 'c', 'd'], 2, () => 0.999)).toEqual(['d', 'a']);
  });

  it.each([
    [8, 8],
    [9, 8],
    [1000, 8],
    [0, 0],
    [-3, 0],
    [2.9, 2],
  ])('with size %d returns %d items (all of them at most, floor of a fraction, none below 1)', (size, length) => {
    expect(sampleWithoutReplacement(items, size, createSeededRandom(1))).toHaveLength(length);
  });

  it('returns every item, each once, when the size covers the input', () => {
    expect([...sampleWithoutReplacement(items, items.length, createSeededRandom(5))].sort()).toEqual(items);
  });

  it('returns nothing from an empty input', () => {
    expect(sampleWithoutReplacement([], 3, createSeededRandom(1))).toEqual([]);
  });

  it('keeps items that are themselves undefined or null', () => {
    const sample = sampleWithoutReplacement([undefined, 1, null, undefined], 4, () => 0.999);
    expect(sample).toHaveLength(4);
    expect(sample.filter((item) => item === undefined)).toHaveLength(2);
    expect(sample).toContain(null);
    expect(sample).toContain(1);
  });

  it('gives every item the same chance: 30,000 draws of 1 from 3 land about 10,000 on each', () => {
    const random = createSeededRandom(2026);
    const counts = new Map<string, number>();
    for (let draw = 0; draw < 30_000; draw++) {
      const [item] = sampleWithoutReplacement(['x', 'y', 'z'], 1, random);
      if (item !== undefined) counts.set(item, (counts.get(item) ?? 0) + 1);
    }
    for (const item of ['x', 'y', 'z']) expect(Math.abs((counts.get(item) ?? 0) - 10_000)).toBeLessThan(400);
  });
});
