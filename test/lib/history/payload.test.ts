import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH, deeperThan } from '@/lib/history/json-depth';
import { parseJsonText, parsePayload, payloadValue, toPayload } from '@/lib/history/payload';

describe('toPayload', () => {
  it.each([
    [undefined, undefined, undefined],
    ['{"a":1}', undefined, { text: '{"a":1}', truncated: false }],
    ['{"a":1}', false, { text: '{"a":1}', truncated: false }],
    ['{"a":', true, { text: '{"a":', truncated: true }],
    ['', undefined, { text: '', truncated: false }],
  ])('wraps %j (truncated %s) as %j', (text, truncated, expected) => {
    expect(toPayload(text, truncated)).toEqual(expected);
  });
});

describe('parseJsonText', () => {
  it.each([
    ['{"a":[1,2]}', { a: [1, 2] }],
    ['  \n[1]', [1]],
    ['42', 42],
    ['-1.5', -1.5],
    ['true', true],
    ['false', false],
    ['null', null],
    ['"quoted"', 'quoted'],
  ])('reads JSON %j', (text, value) => {
    expect(parseJsonText(text)).toEqual({ kind: 'json', value });
  });

  it.each([
    ['plain words', 'hello world'],
    ['empty text', ''],
    ['only spaces', '   '],
    ['JSON cut short (a truncated payload)', '{"a":[1,'],
    ['a word that starts like a literal', 'nothing'],
    ['a number with a unit', '12 ms'],
    ['single quotes', "{'a':1}"],
  ])('keeps %s as text', (_, text) => {
    expect(parseJsonText(text)).toEqual({ kind: 'text', text });
  });

  it(`keeps ${MAX_JSON_DEPTH} levels as they are and replaces deeper ones with the note`, () => {
    const atLimit = `${'['.repeat(MAX_JSON_DEPTH)}${']'.repeat(MAX_JSON_DEPTH)}`;
    expect(JSON.stringify((parseJsonText(atLimit) as { value: unknown }).value)).toBe(atLimit);
    const tooDeep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    expect(JSON.stringify((parseJsonText(tooDeep) as { value: unknown }).value)).toBe(
      `${'['.repeat(MAX_JSON_DEPTH)}"${deeperThan(MAX_JSON_DEPTH)}"${']'.repeat(MAX_JSON_DEPTH)}`,
    );
  });
});

describe('parsePayload', () => {
  it('parses like parseJsonText', () => {
    expect(parsePayload({ text: '{"a":1}', truncated: false })).toEqual({ kind: 'json', value: { a: 1 } });
    expect(parsePayload({ text: '{"a":', truncated: true })).toEqual({ kind: 'text', text: '{"a":' });
  });

  it('parses each payload once: a second read returns the same result', () => {
    const payload = { text: '{"a":{"b":1}}', truncated: false };
    const first = parsePayload(payload);
    expect(parsePayload(payload)).toBe(first);
    expect(parsePayload({ ...payload })).not.toBe(first);
    expect(parsePayload({ ...payload })).toEqual(first);
  });
});

describe('payloadValue', () => {
  it.each([
    [undefined, undefined],
    [{ text: '[1,"x"]', truncated: false }, [1, 'x']],
    [{ text: 'null', truncated: false }, null],
    [{ text: 'not json', truncated: false }, 'not json'],
    [{ text: '{"cut":', truncated: true }, '{"cut":'],
  ])('shows %j as %j', (payload, value) => {
    expect(payloadValue(payload)).toEqual(value);
  });
});
