import type { ExecutionStatus } from '@/lib/domain';
import type { ExecutionSortKey, SortDirection } from '@/lib/execution-list/sort-executions';

/** Everything the executions list keeps in its URL, as the strings the URL holds. */
export interface ExecutionsListQuery {
  status?: ExecutionStatus;
  /** Kept in every link: a page token is only valid with the arguments it was issued for. */
  maxResults?: number;
  nextToken?: string;
  name?: string;
  /** A time range preset id, or `custom`. */
  range?: string;
  from?: string;
  to?: string;
  sort?: ExecutionSortKey;
  dir?: SortDirection;
  /** The charts' window above the list (`window`, or `windowFrom`/`windowTo`), kept so the list's links leave the charts as they are. */
  window?: string;
  windowFrom?: string;
  windowTo?: string;
}

const ORDER: (keyof ExecutionsListQuery)[] = [
  'window',
  'windowFrom',
  'windowTo',
  'status',
  'name',
  'range',
  'from',
  'to',
  'sort',
  'dir',
  'maxResults',
  'nextToken',
];

/** The executions list of a state machine with these filters; the ARN is one encoded path segment. */
export function executionsListHref(stateMachineArn: string, query: ExecutionsListQuery = {}): string {
  const params = new URLSearchParams();
  for (const key of ORDER) {
    const value = query[key];
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return `/state-machines/${encodeURIComponent(stateMachineArn)}${search ? `?${search}` : ''}`;
}

/** The same filters from the first page: what a changed status, name or range must start from. */
export function withoutPage(query: ExecutionsListQuery): ExecutionsListQuery {
  return { ...query, nextToken: undefined };
}
