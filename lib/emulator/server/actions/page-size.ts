import { optionalInteger, type RequestBody } from '../request-fields';

/**
 * maxResults: 0–1000, where 0 (or nothing) means the default of 100
 * (docs/aws-behaviour.md#getexecutionhistory).
 */
export function readPageSize(body: RequestBody): number {
  const maxResults = optionalInteger(body, 'maxResults', 0, 1000) ?? 0;
  return maxResults === 0 ? 100 : maxResults;
}
