import { executionsListHref, type ExecutionsListQuery } from '@/components/executions/executions-list-query';
import { readSearchParam } from '@/components/routes';
import { parseWindowParams } from '@/lib/metrics/parse-window-params';
import type { WindowParseResult } from '@/lib/metrics/types';

type SearchParams = Record<string, string | string[] | undefined>;

/**
 * The charts' window lives in its own parameters (`window`, `windowFrom`, `windowTo`): `range`, `from`
 * and `to` already belong to the executions list on the same page.
 */
export const CHART_WINDOW_PARAMS = { window: 'window', from: 'windowFrom', to: 'windowTo' } as const;

export interface ChartWindowQuery {
  window?: string;
  windowFrom?: string;
  windowTo?: string;
}

export function readChartWindowQuery(params: SearchParams): ChartWindowQuery {
  return {
    window: readSearchParam(params.window),
    windowFrom: readSearchParam(params.windowFrom),
    windowTo: readSearchParam(params.windowTo),
  };
}

/** The charts' window, parsed (and refused with a message) as the overview's is. */
export function parseChartWindow(query: ChartWindowQuery, now: Date): WindowParseResult {
  const params = new URLSearchParams();
  if (query.window) params.set('window', query.window);
  if (query.windowFrom) params.set('from', query.windowFrom);
  if (query.windowTo) params.set('to', query.windowTo);
  const result = parseWindowParams(params, now);
  if (result.ok || result.problem.param === 'window') return result;
  // Name the parameter as this page spells it.
  const param = result.problem.param === 'from' ? 'windowFrom' : 'windowTo';
  return { ok: false, problem: { ...result.problem, message: result.problem.message.replace(/^(from|to)\b/, param) } };
}

/** The state machine page with this list state and this chart window; `hash` jumps to a section. */
export function stateMachinePageHref(stateMachineArn: string, list: ExecutionsListQuery, chart: ChartWindowQuery, hash = ''): string {
  // The chart's window replaces whatever window the list carried along.
  const href = executionsListHref(stateMachineArn, {
    ...list,
    window: chart.window,
    windowFrom: chart.windowFrom,
    windowTo: chart.windowTo,
  });
  return `${href}${hash}`;
}

/** The list's own state, without the chart window it carries along: what the chart's forms keep. */
export function withoutChartWindow(list: ExecutionsListQuery): ExecutionsListQuery {
  return { ...list, window: undefined, windowFrom: undefined, windowTo: undefined };
}

/** Where a chart bar leads: the executions started in its period [start, end), the chart kept as it is. */
export function bucketExecutionsHref(stateMachineArn: string, bucket: { start: Date; end: Date }, chart: ChartWindowQuery): string {
  return stateMachinePageHref(
    stateMachineArn,
    { range: 'custom', from: bucket.start.toISOString(), to: bucket.end.toISOString() },
    chart,
    '#executions',
  );
}
