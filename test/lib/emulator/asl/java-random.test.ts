import { describe, expect, it } from 'vitest';
import { JavaRandom } from '@/lib/emulator/asl/java-random';

// Reference sequences printed by a JVM (java.util.Random, OpenJDK).
describe('JavaRandom', () => {
  it.each<[number, [number, number]]>([
    [0, [0.730967787376657, 0.24053641567148587]],
    [42, [0.7275636800328681, 0.6832234717598454]],
    [-1, [0.26894263088050496, 0.012269981921235296]],
    [123456789, [0.664038103272266, 0.45695178590520646]],
  ])('new Random(%d).nextDouble() twice -> %j', (seed, expected) => {
    const random = new JavaRandom(seed);
    expect([random.nextDouble(), random.nextDouble()]).toEqual(expected);
  });

  it.each<[number, number, number[]]>([
    [0, 10, [0, 8, 9]],
    [42, 10, [0, 3, 8]],
    [-1, 10, [3, 5, 9]],
    [123456789, 10, [5, 0, 3]],
    // Powers of two take the high bits instead of a modulo.
    [0, 16, [11, 13, 3]],
    [42, 16, [11, 0, 10]],
    [123456789, 16, [10, 12, 7]],
  ])('new Random(%d).nextInt(%d) three times -> %j', (seed, bound, expected) => {
    const random = new JavaRandom(seed);
    expect([random.nextInt(bound), random.nextInt(bound), random.nextInt(bound)]).toEqual(expected);
  });

  it.each<[number, number[]]>([
    [0, [1569741360, 0, 516548029]],
    [42, [1562431130, 0, 102948884]],
    [-1, [577549913, 0, 26349579]],
  ])('new Random(%d): nextInt(2^31-1), nextInt(1), nextInt(2^30+1) -> %j (the rejection loop included)', (seed, expected) => {
    const random = new JavaRandom(seed);
    expect([random.nextInt(2 ** 31 - 1), random.nextInt(1), random.nextInt(2 ** 30 + 1)]).toEqual(expected);
  });

  it('uses only the low 48 bits of the seed, as Java does (2^53-1 behaves like -1)', () => {
    expect(new JavaRandom(2 ** 53 - 1).nextInt(10)).toBe(new JavaRandom(-1).nextInt(10));
  });

  it('truncates a fractional seed', () => {
    expect(new JavaRandom(42.9).nextDouble()).toBe(0.7275636800328681);
    expect(new JavaRandom(-1.5).nextDouble()).toBe(0.26894263088050496);
  });
});
