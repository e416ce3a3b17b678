import { EXECUTION_STATUSES, type ExecutionStatus } from '../../domain';
import type { ExecutionQuery } from '../types';
import { parseSearchQuery, type SearchQuery } from './parse-search-query';
import { parseTimeBound, TIME_BOUND_EXPECTED } from './parse-time-bound';
import { readAllParams, readOneParam, type SearchParamsInput } from './search-params';
import { resolveStateMachineNames, type NamedStateMachine } from './resolve-state-machine-names';
import { isSearchQueryError } from './search-query-error';

export const SEARCH_PATH = '/search';

/**
 * The search page's filters as they live in the URL, so a search survives a reload and can be
 * shared: `/search?q=…&machine=…&status=…&error=…&state=…&from=…&to=…&cursor=…`. Times stay as
 * typed (`24h` keeps meaning "the last 24 hours" on every reload).
 */
export interface SearchUrlState {
  /** The typed query (words, phrases, conditions, qualifiers); '' for none. */
  q: string;
  /** A state machine ARN chosen in the filter. */
  machine?: string;
  /** Statuses as given, upper case; unknown ones are refused when the query is built. */
  statuses: string[];
  error?: string;
  state?: string;
  from?: string;
  to?: string;
  cursor?: string;
}

/** Reads the filters from a page's search parameters; blank values count as absent. */
export function parseSearchUrl(params: SearchParamsInput): SearchUrlState {
  const statuses = readAllParams(params, 'status')
    .flatMap((value) => value.split(','))
    .map((value) => value.trim().toUpperCase().replace(/-/g, '_'))
    .filter((value) => value !== '');
  const state: SearchUrlState = { q: readOneParam(params, 'q') ?? '', statuses: [...new Set(statuses)] };
  for (const key of ['machine', 'error', 'state', 'from', 'to', 'cursor'] as const) {
    const value = readOneParam(params, key);
    if (value !== undefined) state[key] = value;
  }
  return state;
}

/** The address of a search; parameters in a fixed order, empty ones left out. */
export function searchHref(state: Partial<SearchUrlState>): string {
  const params = new URLSearchParams();
  if (state.q?.trim()) params.set('q', state.q.trim());
  if (state.machine) params.set('machine', state.machine);
  if (state.statuses?.length) params.set('status', state.statuses.join(','));
  for (const key of ['error', 'state', 'from', 'to', 'cursor'] as const) {
    const value = state[key];
    if (value) params.set(key, value);
  }
  const search = params.toString();
  return search ? `${SEARCH_PATH}?${search}` : SEARCH_PATH;
}

/** Whether the URL asks for anything: an empty one shows the form and the index's state only. */
export function hasSearchCriteria(state: SearchUrlState): boolean {
  return !!(state.q || state.machine || state.statuses.length || state.error || state.state || state.from || state.to);
}

export type BuiltSearch =
  { query: ExecutionQuery; matchesNothing: boolean } | { error: string; field: 'q' | 'machine' | 'status' | 'from' | 'to' };

/** Both the typed text and a control may narrow one list: only values in both can match. */
function intersect<T>(typed: T[] | undefined, chosen: T[]): { values: T[]; empty: boolean } {
  if (!typed?.length) return { values: chosen, empty: false };
  const values = typed.filter((value) => chosen.includes(value));
  return { values: values.length ? values : chosen, empty: values.length === 0 };
}

/**
 * The query the store runs: what the typed text asks (its machine names resolved against
 * `machines`), narrowed by the filter controls (both must hold; `matchesNothing` when they cannot).
 * A problem is returned with the field it is in, never thrown.
 */
export function toSearchQuery(
  state: SearchUrlState,
  options: { now: Date; machines: readonly NamedStateMachine[]; limit?: number },
): BuiltSearch {
  let typed: SearchQuery;
  try {
    typed = parseSearchQuery(state.q, options.now);
  } catch (error) {
    if (isSearchQueryError(error)) return { error: error.message, field: 'q' };
    throw error;
  }
  const resolved = resolveStateMachineNames(typed, options.machines);
  if ('error' in resolved) return { error: resolved.error, field: 'q' };
  const query: SearchQuery = { ...typed, ...resolved };
  delete query.stateMachineNames;
  let matchesNothing = false;
  const unknown = state.statuses.find((status) => !EXECUTION_STATUSES.some((known) => known === status));
  if (unknown) return { error: `unknown status '${unknown}': expected ${EXECUTION_STATUSES.join(', ')}`, field: 'status' };
  if (state.statuses.length) {
    const { values, empty } = intersect(query.statuses, state.statuses as ExecutionStatus[]);
    query.statuses = values;
    matchesNothing ||= empty;
  }
  if (state.machine) {
    if (!state.machine.startsWith('arn:')) return { error: `machine: '${state.machine}' is not a state machine ARN`, field: 'machine' };
    const { values, empty } = intersect(query.stateMachineArns, [state.machine]);
    query.stateMachineArns = values;
    matchesNothing ||= empty;
  }
  for (const [control, key] of [
    ['error', 'errors'],
    ['state', 'failingStates'],
  ] as const) {
    const chosen = state[control];
    if (!chosen) continue;
    const { values, empty } = intersect(query[key], [chosen]);
    query[key] = values;
    matchesNothing ||= empty;
  }
  for (const key of ['from', 'to'] as const) {
    const text = state[key];
    if (!text) continue;
    const date = parseTimeBound(text, options.now);
    if (!date) return { error: `${key}: '${text}' is not a time: expected ${TIME_BOUND_EXPECTED}`, field: key };
    const current = query[key];
    // The narrower bound wins when the text and the control both give one.
    query[key] = !current ? date : key === 'from' ? (current > date ? current : date) : current < date ? current : date;
  }
  if (query.from && query.to && query.from >= query.to) return { error: "from: the start must be earlier than 'to'", field: 'from' };
  if (state.cursor) query.cursor = state.cursor;
  if (options.limit !== undefined) query.limit = options.limit;
  return { query, matchesNothing };
}
