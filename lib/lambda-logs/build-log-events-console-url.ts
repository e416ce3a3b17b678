import { toConsoleOrigin, toPartition } from '../search/build-console-url';
import type { LambdaLogQuery } from './lambda-log-types';

/** The CloudWatch console's fragment escaping: percent-encode, then write `%` as `$`. */
function escapeForConsole(text: string): string {
  return encodeURIComponent(text).replaceAll('%', '$');
}

/**
 * The CloudWatch console's log-events page of the function's log group, filtered by the request id
 * (`"<id>"`) when known and always to the time window. The `#logsV2:` fragment format is the
 * console's (undocumented, observed): the group name encoded twice, the query once, `%` as `$`.
 */
export function buildLogEventsConsoleUrl(query: LambdaLogQuery, dataSourceRegion: string): string {
  const region = query.region ?? dataSourceRegion;
  const search = new URLSearchParams();
  if (query.requestId) search.set('filterPattern', `"${query.requestId}"`);
  search.set('start', String(Math.floor(query.startMs)));
  search.set('end', String(Math.ceil(query.endMs)));
  const group = escapeForConsole(encodeURIComponent(query.logGroupName));
  const fragment = `logsV2:log-groups/log-group/${group}/log-events${escapeForConsole(`?${search.toString().replaceAll('+', '%20')}`)}`;
  return `${toConsoleOrigin(toPartition(region), region)}/cloudwatch/home?region=${region}#${fragment}`;
}
