import type { FailureGroupQuery } from '../types';
import { parseTimeBound, TIME_BOUND_EXPECTED } from './parse-time-bound';
import { readOneParam, type SearchParamsInput } from './search-params';

export const FAILURES_PATH = '/failures';
export const FAILURE_WINDOWS = ['24h', '7d', '30d', 'custom'] as const;
export type FailureWindow = (typeof FAILURE_WINDOWS)[number];
export const DEFAULT_FAILURE_WINDOW: FailureWindow = '7d';
/** Trend buckets per window: hours for a day, days for a week or a month. */
const BUCKETS: Record<Exclude<FailureWindow, 'custom'>, number> = { '24h': 24, '7d': 7, '30d': 30 };
const CUSTOM_BUCKETS = 24;

/** The failures page's choices in the URL: `/failures?window=7d&machine=…` or `window=custom&from=…&to=…`. */
export interface FailuresUrlState {
  window: FailureWindow;
  /** Only with `custom`: as typed (a date, a date-time, or a span like 48h). */
  from?: string;
  to?: string;
  machine?: string;
}

export function parseFailuresUrl(params: SearchParamsInput): FailuresUrlState {
  const typed = readOneParam(params, 'window');
  const from = readOneParam(params, 'from');
  const to = readOneParam(params, 'to');
  const machine = readOneParam(params, 'machine');
  // A from or to makes the window custom, whatever the form's window select still said (the form
  // only fills them for a custom window); an unknown window is refused when the query is built.
  const window = (from || to ? 'custom' : (typed ?? DEFAULT_FAILURE_WINDOW)) as FailureWindow;
  return {
    window,
    ...(window === 'custom' && from ? { from } : {}),
    ...(window === 'custom' && to ? { to } : {}),
    ...(machine ? { machine } : {}),
  };
}

/** The address of the failures page; the default window is left out. */
export function failuresHref(state: Partial<FailuresUrlState>): string {
  const params = new URLSearchParams();
  if (state.window && state.window !== DEFAULT_FAILURE_WINDOW) params.set('window', state.window);
  if (state.window === 'custom') {
    if (state.from) params.set('from', state.from);
    if (state.to) params.set('to', state.to);
  }
  if (state.machine) params.set('machine', state.machine);
  const search = params.toString();
  return search ? `${FAILURES_PATH}?${search}` : FAILURES_PATH;
}

export type BuiltFailureQuery = { query: FailureGroupQuery & { from: Date; to: Date } } | { error: string };

/** The window as dates and buckets; a problem (unknown window, unreadable or reversed times) is returned, never thrown. */
export function toFailureGroupQuery(state: FailuresUrlState, now: Date, samples = 5): BuiltFailureQuery {
  if (!FAILURE_WINDOWS.includes(state.window)) return { error: `window: '${state.window}' is not one of ${FAILURE_WINDOWS.join(', ')}` };
  const machine = state.machine ? { stateMachineArns: [state.machine] } : {};
  if (state.machine && !state.machine.startsWith('arn:')) return { error: `machine: '${state.machine}' is not a state machine ARN` };
  if (state.window !== 'custom') {
    const from = parseTimeBound(state.window, now) ?? now;
    return { query: { ...machine, from, to: now, buckets: BUCKETS[state.window], samples } };
  }
  if (!state.from) return { error: 'a custom window needs a start (from)' };
  const from = parseTimeBound(state.from, now);
  if (!from) return { error: `from: '${state.from}' is not a time: expected ${TIME_BOUND_EXPECTED}` };
  const to = state.to ? parseTimeBound(state.to, now) : now;
  if (!to) return { error: `to: '${state.to}' is not a time: expected ${TIME_BOUND_EXPECTED}` };
  if (from >= to) return { error: 'from: the start must be earlier than the end' };
  return { query: { ...machine, from, to, buckets: CUSTOM_BUCKETS, samples } };
}
