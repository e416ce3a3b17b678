import { describe, expect, it } from 'vitest';
import { dataSourceProblemResponse, problemResponse } from '@/app/_sections/problem-response';
import { DataSourceError } from '@/lib/aws/errors';

describe('problemResponse', () => {
  it('answers { error } with the status, never cached', async () => {
    const response = problemResponse(400, '"x" is not a page number.');
    expect(response.status).toBe(400);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ error: '"x" is not a page number.' });
  });
});

describe('dataSourceProblemResponse', () => {
  it.each([
    ['not-found', 404],
    ['access-denied', 403],
    ['throttled', 503],
    ['no-credentials', 503],
  ] as const)('answers a %s data source error with HTTP %i and its message', async (kind, status) => {
    const response = dataSourceProblemResponse(new DataSourceError(kind, `the ${kind} message`, 'a hint'));
    expect(response.status).toBe(status);
    expect(await response.json()).toEqual({ error: `the ${kind} message` });
  });

  it('throws anything else on, for the framework’s error handling', () => {
    const bug = new TypeError('not a data source problem');
    expect(() => dataSourceProblemResponse(bug)).toThrow(bug);
  });
});
