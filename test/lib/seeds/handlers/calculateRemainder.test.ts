import { describe, expect, it } from 'vitest';
import { handler } from '@/lib/seeds/handlers/calculateRemainder';

describe('calculateRemainder', () => {
  it.each([
    [42, 0],
    [7, 1],
    [0, 0],
    [-3, 1],
  ])('gives N=%i the remainder %i', (n, remainder) => {
    expect(handler({ N: n })).toEqual({ N: n, remainder });
  });

  it('throws InvalidNumberError for anything but a whole number', () => {
    expect(() => handler({ N: 'seven' })).toThrow(
      expect.objectContaining({ name: 'InvalidNumberError', message: 'N must be a whole number, got "seven"' }),
    );
    expect(() => handler({ N: 2.5 })).toThrow(expect.objectContaining({ name: 'InvalidNumberError' }));
    expect(() => handler({})).toThrow(expect.objectContaining({ message: 'N must be a whole number, got nothing' }));
  });
});
