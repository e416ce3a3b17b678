import { describe, expect, it } from 'vitest';
import { namedError, readStringField } from '@/lib/seeds/support/read-field';

describe('readStringField: one string field of an event, or undefined', () => {
  it.each([
    [{ name: 'Kwame Mensah' }, 'name', 'Kwame Mensah'],
    [{ name: '' }, 'name', ''],
    [{ name: '  ' }, 'name', '  '],
  ])('reads %j.%s as %j, as it is', (event, field, value) => {
    expect(readStringField(event, field)).toBe(value);
  });

  it.each([
    [{}, 'name'],
    [{ name: 42 }, 'name'],
    [{ name: null }, 'name'],
    [{ name: ['Kwame'] }, 'name'],
    [{ name: { first: 'Kwame' } }, 'name'],
    [null, 'name'],
    [undefined, 'name'],
    ['Kwame Mensah', 'name'],
    [42, 'name'],
  ])('gives undefined for %j.%s', (event, field) => {
    expect(readStringField(event, field)).toBeUndefined();
  });
});

describe('namedError: an error a workflow can match in ErrorEquals', () => {
  it('carries the name and the message', () => {
    const error = namedError('InvalidEmailError', "'x' is not a valid e-mail address");
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('InvalidEmailError');
    expect(error.message).toBe("'x' is not a valid e-mail address");
    expect(String(error)).toBe("InvalidEmailError: 'x' is not a valid e-mail address");
  });
});
