import { describe, expect, it } from 'vitest';
import { readPageSize } from '@/lib/emulator/server/actions/page-size';
import { apiErrorOf, validation } from '../../../../support/emulator-actions/api-error-of';

describe('readPageSize', () => {
  it.each([
    [{}, 100],
    [{ maxResults: null }, 100],
    [{ maxResults: 0 }, 100],
    [{ maxResults: 1 }, 1],
    [{ maxResults: 250 }, 250],
    [{ maxResults: 1000 }, 1000],
  ])('reads %j as a page of %d', (body, size) => {
    expect(readPageSize(body)).toBe(size);
  });

  it.each([
    [{ maxResults: 1001 }, "Value '1001' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 1000"],
    [{ maxResults: -1 }, "Value '-1' at 'maxResults' failed to satisfy constraint: Member must have value greater than or equal to 0"],
    [{ maxResults: 2.5 }, "Value '2.5' at 'maxResults' failed to satisfy constraint: Member must be an integer"],
    [{ maxResults: '10' }, "Value '10' at 'maxResults' failed to satisfy constraint: Member must be an integer"],
  ])('refuses %j', (body, message) => {
    expect(apiErrorOf(() => readPageSize(body))).toEqual(validation(message));
  });
});
