import { readCompareQuery } from '@/lib/compare/read-compare-query';
import { answerWithOwnPage, isOwnPageRequest } from './answer-with-own-page';

const param = (params: URLSearchParams, name: string) => params.get(name)?.trim() || undefined;

/**
 * /compare with a missing or malformed ARN: the page says what is wrong (with the form to fix it),
 * and the answer's status is 400 (answer-with-own-page.ts).
 */
export async function answerInvalidCompare(request: {
  method: string;
  headers: Headers;
  nextUrl: { pathname: string; search: string; searchParams: URLSearchParams };
}): Promise<Response | undefined> {
  if (request.nextUrl.pathname !== '/compare' || isOwnPageRequest(request.headers)) return undefined;
  const query = readCompareQuery(param(request.nextUrl.searchParams, 'a'), param(request.nextUrl.searchParams, 'b'));
  if (query.kind !== 'invalid') return undefined;
  return answerWithOwnPage(request.method, `/compare${request.nextUrl.search}`, 400, {
    body: query.message,
    contentType: 'text/plain; charset=utf-8',
  });
}
