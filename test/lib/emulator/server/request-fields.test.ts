import { describe, expect, it } from 'vitest';
import {
  optionalBoolean,
  optionalEnum,
  optionalInteger,
  optionalObject,
  optionalString,
  requiredString,
} from '@/lib/emulator/server/request-fields';
import { apiErrorOf, validation } from '../../../support/emulator-actions/api-error-of';

describe('requiredString', () => {
  it('returns the string, up to the maximum length', () => {
    expect(requiredString({ name: 'M' }, 'name')).toBe('M');
    expect(requiredString({ name: 'x'.repeat(256) }, 'name')).toHaveLength(256);
    expect(requiredString({ name: 'x'.repeat(80) }, 'name', 80)).toHaveLength(80);
  });

  it.each([{}, { name: null }])('refuses a missing member (%j) as null', (body) => {
    expect(apiErrorOf(() => requiredString(body, 'name'))).toEqual(
      validation("Value null at 'name' failed to satisfy constraint: Member must not be null"),
    );
  });

  it.each([
    [{ name: 3 }, "Value '3' at 'name' failed to satisfy constraint: Member must be a string"],
    [{ name: true }, "Value 'true' at 'name' failed to satisfy constraint: Member must be a string"],
    [{ name: ['a'] }, "Value '[\"a\"]' at 'name' failed to satisfy constraint: Member must be a string"],
    [{ name: '' }, "Value '' at 'name' failed to satisfy constraint: Member must have length greater than or equal to 1"],
  ])('refuses %j', (body, message) => {
    expect(apiErrorOf(() => requiredString(body, 'name'))).toEqual(validation(message));
  });

  it('refuses a string over the maximum without quoting it', () => {
    expect(apiErrorOf(() => requiredString({ name: 'x'.repeat(81) }, 'name', 80))).toEqual(
      validation("Value at 'name' failed to satisfy constraint: Member must have length less than or equal to 80"),
    );
    expect(apiErrorOf(() => requiredString({ name: 'x'.repeat(257) }, 'name'))).toEqual(
      validation("Value at 'name' failed to satisfy constraint: Member must have length less than or equal to 256"),
    );
  });
});

describe('optionalString', () => {
  it('is undefined when missing or null, and checked like requiredString otherwise', () => {
    expect(optionalString({}, 'nextToken')).toBeUndefined();
    expect(optionalString({ nextToken: null }, 'nextToken')).toBeUndefined();
    expect(optionalString({ nextToken: 'abc' }, 'nextToken')).toBe('abc');
    expect(apiErrorOf(() => optionalString({ nextToken: '' }, 'nextToken'))).toEqual(
      validation("Value '' at 'nextToken' failed to satisfy constraint: Member must have length greater than or equal to 1"),
    );
    expect(apiErrorOf(() => optionalString({ nextToken: 'x'.repeat(11) }, 'nextToken', 10))).toEqual(
      validation("Value at 'nextToken' failed to satisfy constraint: Member must have length less than or equal to 10"),
    );
  });
});

describe('optionalInteger', () => {
  it.each([
    [{}, undefined],
    [{ maxResults: null }, undefined],
    [{ maxResults: 0 }, 0],
    [{ maxResults: 1000 }, 1000],
    [{ maxResults: 5 }, 5],
  ])('reads %j as %j', (body, expected) => {
    expect(optionalInteger(body, 'maxResults', 0, 1000)).toBe(expected);
  });

  it.each([
    [{ maxResults: 1.5 }, "Value '1.5' at 'maxResults' failed to satisfy constraint: Member must be an integer"],
    [{ maxResults: '5' }, "Value '5' at 'maxResults' failed to satisfy constraint: Member must be an integer"],
    [{ maxResults: -1 }, "Value '-1' at 'maxResults' failed to satisfy constraint: Member must have value greater than or equal to 0"],
    [{ maxResults: 1001 }, "Value '1001' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 1000"],
  ])('refuses %j', (body, message) => {
    expect(apiErrorOf(() => optionalInteger(body, 'maxResults', 0, 1000))).toEqual(validation(message));
  });
});

describe('optionalBoolean', () => {
  it('reads true, false and nothing, and refuses anything else', () => {
    expect(optionalBoolean({ reverseOrder: true }, 'reverseOrder')).toBe(true);
    expect(optionalBoolean({ reverseOrder: false }, 'reverseOrder')).toBe(false);
    expect(optionalBoolean({ reverseOrder: null }, 'reverseOrder')).toBeUndefined();
    expect(apiErrorOf(() => optionalBoolean({ reverseOrder: 'true' }, 'reverseOrder'))).toEqual(
      validation("Value 'true' at 'reverseOrder' failed to satisfy constraint: Member must be a boolean"),
    );
    expect(apiErrorOf(() => optionalBoolean({ reverseOrder: 1 }, 'reverseOrder'))).toEqual(
      validation("Value '1' at 'reverseOrder' failed to satisfy constraint: Member must be a boolean"),
    );
  });
});

describe('optionalObject', () => {
  it('reads an object and nothing, and refuses arrays and scalars', () => {
    expect(optionalObject({ cfg: { level: 'ALL' } }, 'cfg')).toEqual({ level: 'ALL' });
    expect(optionalObject({}, 'cfg')).toBeUndefined();
    expect(apiErrorOf(() => optionalObject({ cfg: [] }, 'cfg'))).toEqual(
      validation("Value '[]' at 'cfg' failed to satisfy constraint: Member must be a structure"),
    );
    expect(apiErrorOf(() => optionalObject({ cfg: 'x' }, 'cfg'))).toEqual(
      validation("Value 'x' at 'cfg' failed to satisfy constraint: Member must be a structure"),
    );
  });
});

describe('optionalEnum', () => {
  const LEVELS = ['ALL', 'ERROR', 'FATAL', 'OFF'] as const;

  it('reads an allowed value and nothing', () => {
    expect(optionalEnum({ level: 'ERROR' }, 'level', LEVELS)).toBe('ERROR');
    expect(optionalEnum({}, 'level', LEVELS)).toBeUndefined();
  });

  it.each([
    [{ level: 'all' }, 'all'],
    [{ level: 'VERBOSE' }, 'VERBOSE'],
    [{ level: 3 }, '3'],
  ])('refuses %j, listing the allowed values', (body, shown) => {
    expect(apiErrorOf(() => optionalEnum(body, 'level', LEVELS))).toEqual(
      validation(`Value '${shown}' at 'level' failed to satisfy constraint: Member must satisfy enum value set: [ALL, ERROR, FATAL, OFF]`),
    );
  });
});
