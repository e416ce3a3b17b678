import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/emulator/server/api-error';
import { parseRequestBody } from '@/lib/emulator/server/parse-request-body';

function refusal(text: string): [string, string] {
  try {
    parseRequestBody(text);
  } catch (error) {
    if (error instanceof ApiError) return [error.code, error.message];
    throw error;
  }
  throw new Error('expected an ApiError');
}

describe('parseRequestBody', () => {
  it.each(['', '   ', '\n\t'])('reads an empty body %j as {}', (text) => {
    expect(parseRequestBody(text)).toEqual({});
  });

  it('returns the JSON object as it is', () => {
    expect(parseRequestBody('{"name":"M","maxResults":3,"nested":{"a":[1]}}')).toEqual({ name: 'M', maxResults: 3, nested: { a: [1] } });
  });

  it('refuses text that is not JSON, with the parser’s reason', () => {
    const [code, message] = refusal('{"name":');
    expect(code).toBe('SerializationException');
    expect(message).toMatch(/^The request body is not valid JSON: /);
  });

  it.each(['[]', '[{"a":1}]', 'null', '42', '"text"', 'true'])('refuses %s: the body must be a JSON object', (text) => {
    expect(refusal(text)).toEqual(['SerializationException', 'The request body must be a JSON object']);
  });

  it('accepts 1,000 levels of nesting and refuses 1,001', () => {
    const nested = (levels: number) => `{"a":${'['.repeat(levels - 1)}1${']'.repeat(levels - 1)}}`;
    expect(() => parseRequestBody(nested(1_000))).not.toThrow();
    expect(refusal(nested(1_001))).toEqual([
      'SerializationException',
      'The request body is nested too deeply: more than 1000 levels of objects and arrays',
    ]);
  });
});
