import { describe, expect, it } from 'vitest';
import { payloadsDiffer, prettyPayload } from '@/lib/compare/payloads-differ';

describe('payloadsDiffer', () => {
  it('ignores whitespace in JSON, sees changed values, and compares other text as text', () => {
    expect(payloadsDiffer('{"a":1}', '{ "a": 1 }')).toBe(false);
    expect(payloadsDiffer('{"a":1}', '{"a":2}')).toBe(true);
    expect(payloadsDiffer('not json', 'not json ')).toBe(true);
    expect(payloadsDiffer(undefined, '{}')).toBe(false);
  });

  it('pretty-prints JSON for the line diff and leaves other text alone', () => {
    expect(prettyPayload('{"a":[1]}')).toBe('{\n  "a": [\n    1\n  ]\n}');
    expect(prettyPayload('{"cut')).toBe('{"cut');
  });
});
