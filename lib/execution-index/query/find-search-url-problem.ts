import { parseSearchQuery } from './parse-search-query';
import { toSearchQuery, type SearchUrlState } from './search-url';
import { isSearchQueryError } from './search-query-error';

/**
 * What makes a search address unreadable without knowing any state machine: a query the parser
 * refuses, an unknown status, a machine that is not an ARN, a time that is not one. Undefined when
 * it can be run (a `machine:NAME` naming no machine is found later, by the page).
 */
export function findSearchUrlProblem(state: SearchUrlState, now: Date): string | undefined {
  try {
    parseSearchQuery(state.q, now);
  } catch (error) {
    if (isSearchQueryError(error)) return error.message;
    throw error;
  }
  const controls = toSearchQuery({ ...state, q: '' }, { now, machines: [] });
  return 'error' in controls ? controls.error : undefined;
}
