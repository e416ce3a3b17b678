import { describe, expect, it } from 'vitest';
import { getRequired, KeyError, ValueError } from '@/lib/seeds/support/python-errors';

describe("Python's exceptions, as the daycare tutorial's Lambdas raise them", () => {
  it("KeyError quotes the key, as Python's str(KeyError('child')) does", () => {
    const error = new KeyError('child');
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ name: 'KeyError', message: "'child'" });
  });

  it('ValueError keeps its message', () => {
    const error = new ValueError("time data '03/14/2022' does not match format '%Y-%m-%d'");
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ name: 'ValueError', message: "time data '03/14/2022' does not match format '%Y-%m-%d'" });
  });
});

describe("getRequired: record['key'], raising KeyError when the key is missing", () => {
  it.each([
    [{ child: { firstName: 'Lukas' } }, 'child', { firstName: 'Lukas' }],
    [{ age: 0 }, 'age', 0],
    [{ note: null }, 'note', null],
    [{ note: undefined }, 'note', undefined],
    [['a', 'b'], '1', 'b'],
  ])('reads %j[%j] as %j, a present key whatever its value', (record, key, value) => {
    expect(getRequired(record, key)).toEqual(value);
  });

  it.each([
    [{}, 'child'],
    [{ Child: 1 }, 'child'],
    [null, 'child'],
    [undefined, 'child'],
    ['child', 'length'],
    [42, 'child'],
  ])('raises KeyError for %j[%j]', (record, key) => {
    expect(() => getRequired(record, key)).toThrow(new KeyError(key));
    expect(() => getRequired(record, key)).toThrow(expect.objectContaining({ name: 'KeyError', message: `'${key}'` }));
  });
});
