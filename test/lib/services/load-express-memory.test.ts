import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataSourceError } from '@/lib/aws/errors';
import { EXPRESS_MEMORY_VARIABLE, loadExpressMemoryMb } from '@/lib/services/load-express-memory';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('loadExpressMemoryMb: the memory assumed per Express run', () => {
  it('is read from STATESCOPE_EXPRESS_MEMORY_MB', () => {
    expect(EXPRESS_MEMORY_VARIABLE).toBe('STATESCOPE_EXPRESS_MEMORY_MB');
  });

  it('assumes one 64 MB chunk when nothing is given', () => {
    expect(loadExpressMemoryMb(undefined)).toBe(64);
  });

  it.each([
    ['128', 128],
    ['64', 64],
    ['100.5', 100.5],
    ['1e3', 1000],
    [' 256 ', 256],
  ])('reads %j as %d MB', (text, mb) => {
    expect(loadExpressMemoryMb(text)).toBe(mb);
  });

  it.each([['0'], ['-64'], ['lots'], ['Infinity'], ['NaN'], ['12 MB']])(
    'refuses %j naming the variable and the value, with a hint',
    (text) => {
      let thrown: unknown;
      try {
        loadExpressMemoryMb(text);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(DataSourceError);
      expect(thrown).toMatchObject({
        kind: 'invalid-input',
        message: `STATESCOPE_EXPRESS_MEMORY_MB must be a positive number of MB, got '${text}'.`,
        hint: 'Unset it to assume 64 MB, or set it to e.g. 128.',
      });
    },
  );

  it('reads the environment variable, trimmed, when called without an argument', () => {
    vi.stubEnv(EXPRESS_MEMORY_VARIABLE, ' 192 ');
    expect(loadExpressMemoryMb()).toBe(192);
    vi.stubEnv(EXPRESS_MEMORY_VARIABLE, '-1');
    expect(() => loadExpressMemoryMb()).toThrow("got '-1'");
  });

  it('treats an unset, empty or blank variable as not set', () => {
    vi.stubEnv(EXPRESS_MEMORY_VARIABLE, undefined);
    expect(loadExpressMemoryMb()).toBe(64);
    vi.stubEnv(EXPRESS_MEMORY_VARIABLE, '');
    expect(loadExpressMemoryMb()).toBe(64);
    vi.stubEnv(EXPRESS_MEMORY_VARIABLE, '   ');
    expect(loadExpressMemoryMb()).toBe(64);
  });
});
