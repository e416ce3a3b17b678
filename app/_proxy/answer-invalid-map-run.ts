import { readChildStatusFilter } from '@/lib/map-runs/child-status-filter';
import { parseMapRunArn } from '@/lib/map-runs/parse-map-run-arn';
import { answerWithOwnPage, isOwnPageRequest } from './answer-with-own-page';

const PREFIX = '/map-runs/';

/**
 * /map-runs/ARN whose ARN is not a Map Run ARN, or whose status filter is unknown: the page says what
 * is wrong, and the answer's status is 400 (answer-with-own-page.ts). The path is decodable here:
 * answer-malformed-address.ts runs first.
 */
export async function answerInvalidMapRun(request: {
  method: string;
  headers: Headers;
  nextUrl: { pathname: string; search: string; searchParams: URLSearchParams };
}): Promise<Response | undefined> {
  const { pathname, search, searchParams } = request.nextUrl;
  if (!pathname.startsWith(PREFIX) || isOwnPageRequest(request.headers)) return undefined;
  const segment = pathname.slice(PREFIX.length);
  // Only the page itself; nothing else lives under it.
  if (segment.includes('/')) return undefined;
  const parsed = parseMapRunArn(decodeURIComponent(segment));
  const filter = readChildStatusFilter(searchParams.get('status')?.trim() || undefined);
  const message = !parsed.ok ? parsed.message : !filter.ok ? filter.message : undefined;
  if (message === undefined) return undefined;
  return answerWithOwnPage(request.method, `${pathname}${search}`, 400, { body: message, contentType: 'text/plain; charset=utf-8' });
}
