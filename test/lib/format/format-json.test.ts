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

describe('formatJson: a payload text for reading', () => {
  it('indents JSON by two spaces', () => {
    expect(formatJson('{"orderId":"o-1","items":[1,2],"paid":true}')).toBe(
      '{\n  "orderId": "o-1",\n  "items": [\n    1,\n    2\n  ],\n  "paid": true\n}',
    );
    expect(formatJson(' \n[] ')).toBe('[]');
    expect(formatJson('"text"')).toBe('"text"');
    expect(formatJson('42')).toBe('42');
    expect(formatJson('null')).toBe('null');
  });

  it('returns text that is not JSON unchanged', () => {
    expect(formatJson('Card declined')).toBe('Card declined');
    expect(formatJson('{"cut": "short')).toBe('{"cut": "short');
    expect(formatJson('nope')).toBe('nope');
    expect(formatJson('')).toBe('');
  });

  it('shows nothing for no payload', () => {
    expect(formatJson(undefined)).toBe('');
  });

  it('cuts a payload past the depth limit, including one just long enough to be checked', () => {
    const justTooDeep = '['.repeat(MAX_JSON_DEPTH + 1) + ']'.repeat(MAX_JSON_DEPTH + 1);
    expect(formatJson(justTooDeep)).toContain(`"${deeperThan(MAX_JSON_DEPTH)}"`);
    const atTheLimit = '['.repeat(MAX_JSON_DEPTH) + ']'.repeat(MAX_JSON_DEPTH);
    expect(formatJson(atTheLimit)).not.toContain(deeperThan(MAX_JSON_DEPTH));
  });
});
