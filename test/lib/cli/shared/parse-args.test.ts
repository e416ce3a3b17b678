import { describe, expect, it } from 'vitest';
import { numberFlag, parseArgs, type FlagSpec } from '@/lib/cli/shared/parse-args';

const SPEC: FlagSpec = { port: 'string', json: 'boolean', 'time-scale': 'string' };

describe('parseArgs', () => {
  it.each([
    { argv: [], flags: {}, positionals: [] },
    { argv: ['a.json'], flags: {}, positionals: ['a.json'] },
    { argv: ['--port', '8080'], flags: { port: '8080' }, positionals: [] },
    { argv: ['--port=8080'], flags: { port: '8080' }, positionals: [] },
    { argv: ['--port=a=b'], flags: { port: 'a=b' }, positionals: [] },
    { argv: ['--port='], flags: { port: '' }, positionals: [] },
    { argv: ['--port=--json'], flags: { port: '--json' }, positionals: [] },
    { argv: ['--json', 'a.json'], flags: { json: true }, positionals: ['a.json'] },
    { argv: ['a.json', '--time-scale', '0.5', 'b'], flags: { 'time-scale': '0.5' }, positionals: ['a.json', 'b'] },
    { argv: ['--port', '1', '--port', '2'], flags: { port: '2' }, positionals: [] },
    { argv: ['-'], flags: {}, positionals: ['-'] },
    { argv: ['--', '--json'], flags: {}, positionals: ['--json'] },
  ])('reads $argv', ({ argv, flags, positionals }) => {
    expect(parseArgs(argv, SPEC)).toEqual({ flags, positionals });
  });

  it.each([
    { argv: ['--x'], message: 'unknown option --x' },
    { argv: ['--x=1'], message: 'unknown option --x' },
    { argv: ['a.json', '--yaml'], message: 'unknown option --yaml' },
    { argv: ['-p', '80'], message: 'unknown option -p' },
    { argv: ['--port'], message: 'option --port needs a value' },
    { argv: ['--port', '--json'], message: 'option --port needs a value' },
    { argv: ['--json', '--port'], message: 'option --port needs a value' },
    { argv: ['--json=yes'], message: 'option --json takes no value' },
    { argv: ['--port', '80', '--nope', '--port'], message: 'unknown option --nope' },
  ])('refuses $argv: $message', ({ argv, message }) => {
    expect(() => parseArgs(argv, SPEC)).toThrow(new Error(message));
  });
});

describe('numberFlag', () => {
  it.each([
    { flags: {}, fallback: 8083, min: 0, expected: 8083 },
    { flags: { port: '80' }, fallback: 8083, min: 0, expected: 80 },
    { flags: { port: '0.01' }, fallback: 1, min: 0, expected: 0.01 },
    { flags: { port: '1' }, fallback: 1, min: 1, expected: 1 },
  ])('reads $flags (min $min)', ({ flags, fallback, min, expected }) => {
    expect(numberFlag(flags, 'port', fallback, min)).toBe(expected);
  });

  it.each([
    { raw: 'eighty', min: 0 },
    { raw: '-1', min: 0 },
    { raw: '0', min: 1 },
    { raw: 'Infinity', min: 0 },
    { raw: true, min: 0 },
  ])('refuses $raw (min $min) naming the flag', ({ raw, min }) => {
    expect(() => numberFlag({ port: raw }, 'port', 1, min)).toThrow(
      `option --port must be a number of at least ${min}, got '${String(raw)}'`,
    );
  });
});
