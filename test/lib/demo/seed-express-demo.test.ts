import { describe, expect, it } from 'vitest';
import {
  DEFAULT_EXPRESS_DEMO_COUNT,
  EXPRESS_DEMO_FAILED_NAME,
  EXPRESS_DEMO_LOG_GROUP,
  EXPRESS_DEMO_STATE_MACHINE,
  EXPRESS_ERRORS_ONLY_LOG_GROUP,
  expressDemoInput,
} from '@/lib/demo/seed-express-demo';
import { handler as calculateRemainder } from '@/lib/seeds/handlers/calculateRemainder';

describe('expressDemoInput', () => {
  it('gives every 25th execution the word "seven", which calculateRemainder refuses', () => {
    const words = Array.from({ length: 100 }, (_, index) => index).filter((index) => typeof expressDemoInput(index).N === 'string');
    expect(words).toEqual([24, 49, 74, 99]);
    expect(expressDemoInput(24)).toEqual({ N: 'seven' });
    expect(() => calculateRemainder(expressDemoInput(24))).toThrow(expect.objectContaining({ name: 'InvalidNumberError' }));
  });

  it('gives the others whole numbers from -500 to 499, even and odd, which calculateRemainder takes', () => {
    const numbers = Array.from({ length: DEFAULT_EXPRESS_DEMO_COUNT }, (_, index) => expressDemoInput(index).N).filter(
      (n): n is number => typeof n === 'number',
    );
    expect(numbers).toHaveLength(DEFAULT_EXPRESS_DEMO_COUNT - DEFAULT_EXPRESS_DEMO_COUNT / 25);
    expect(Math.min(...numbers)).toBeGreaterThanOrEqual(-500);
    expect(Math.max(...numbers)).toBeLessThanOrEqual(499);
    expect(new Set(numbers.map((n) => Math.abs(n % 2)))).toEqual(new Set([0, 1]));
    for (const N of numbers.slice(0, 50)) expect(calculateRemainder({ N })).toEqual({ N, remainder: Math.abs(N % 2) });
  });

  it('is deterministic: the first inputs are fixed', () => {
    expect([0, 1, 2].map((index) => expressDemoInput(index).N)).toEqual([-500, 419, 338]);
  });
});

describe('Express demo names', () => {
  it('logs to vended-logs groups named after the machines, and the named failure is a valid execution name', () => {
    expect(EXPRESS_DEMO_LOG_GROUP).toBe(`/aws/vendedlogs/states/${EXPRESS_DEMO_STATE_MACHINE}`);
    expect(EXPRESS_ERRORS_ONLY_LOG_GROUP).toBe('/aws/vendedlogs/states/odd-even-express-errors-only');
    expect(EXPRESS_DEMO_FAILED_NAME).toMatch(/^[a-z0-9-]{1,80}$/);
  });
});
