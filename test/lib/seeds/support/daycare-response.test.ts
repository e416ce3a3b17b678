import { describe, expect, it } from 'vitest';
import { parseResponseBody } from '@/lib/seeds/support/daycare-response';

describe("parseResponseBody: json.loads(event['body']) of the previous daycare step", () => {
  it('returns the object the body holds', () => {
    expect(parseResponseBody({ statusCode: 200, body: '{"child":{"firstName":"Lukas"},"daysOfWeek":["Monday"]}' })).toEqual({
      child: { firstName: 'Lukas' },
      daysOfWeek: ['Monday'],
    });
    expect(parseResponseBody({ body: '{}' })).toEqual({});
  });

  it.each([
    ['no event', undefined],
    ['null', null],
    ['text', '{"a":1}'],
    ['an event without a body', { statusCode: 200 }],
    ['a body that is already an object', { body: { a: 1 } }],
    ['a body that is null', { body: null }],
  ])("refuses %s: event['body'] must be a JSON string", (_label, event) => {
    expect(() => parseResponseBody(event)).toThrow(new TypeError("event['body'] must be a JSON string"));
  });

  it.each([
    ['a list', '[1,2]'],
    ['null', 'null'],
    ['a number', '42'],
    ['a string', '"Child is not within the acceptable age range for this daycare."'],
  ])('refuses a body holding %s: not a JSON object', (_label, body) => {
    expect(() => parseResponseBody({ statusCode: 400, body })).toThrow(new TypeError('body is not a JSON object'));
  });

  it('lets the JSON parse error of a body that is not JSON through', () => {
    expect(() => parseResponseBody({ body: '{not json' })).toThrow(SyntaxError);
  });
});
