import { describe, expect, it } from 'vitest';
import { formatEventDetails, formatJson } from '@/lib/format/format-json';
import { deeperThan, MAX_JSON_DEPTH } from '@/lib/history/json-depth';

const LEVELS = 10_000;
const deepArrayText = '['.repeat(LEVELS) + ']'.repeat(LEVELS);

function deepObject(levels: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < levels; i++) value = { next: value };
  return value;
}

describe('raw-events JSON formatting of hostile depth', () => {
  it('formats a 10,000-level details object, saying where it was cut', () => {
    const text = formatEventDetails({ note: deepObject(LEVELS) });
    expect(text).toContain(deeperThan(MAX_JSON_DEPTH));
    expect(text).not.toContain('bottom');
  });

  it('formats a 10,000-level payload string in the details', () => {
    const text = formatEventDetails({ input: deepArrayText, inputDetails: { truncated: false } });
    expect(text).toContain(deeperThan(MAX_JSON_DEPTH));
    expect(text).toContain('"truncated": false');
  });

  it('pretty-prints a 10,000-level JSON text', () => {
    expect(formatJson(deepArrayText)).toContain(deeperThan(MAX_JSON_DEPTH));
  });

  it('leaves ordinary details as they were', () => {
    expect(formatEventDetails({ input: '{"a":[1,2]}', cause: 'plain text' })).toBe(
      JSON.stringify({ input: { a: [1, 2] }, cause: 'plain text' }, null, 2),
    );
  });
});
