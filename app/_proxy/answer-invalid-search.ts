import { findSearchUrlProblem } from '@/lib/execution-index/query/find-search-url-problem';
import { parseSearchUrl, SEARCH_PATH, searchHref } from '@/lib/execution-index/query/search-url';
import { answerWithOwnPage, isOwnPageRequest } from './answer-with-own-page';

export { RENDER_MARK_HEADER } from './answer-with-own-page';

interface SearchRequest {
  method: string;
  headers: Headers;
  nextUrl: { pathname: string; search: string; searchParams: URLSearchParams };
}

/**
 * A search whose query cannot be read gets status 400 with the search page itself, which shows the
 * parser's message (answer-with-own-page.ts). Undefined lets the request through.
 */
export async function answerInvalidSearch(request: SearchRequest): Promise<Response | undefined> {
  if (request.nextUrl.pathname !== SEARCH_PATH || isOwnPageRequest(request.headers)) return undefined;
  if (request.method !== 'GET' && request.method !== 'HEAD') return undefined;
  const state = parseSearchUrl(request.nextUrl.searchParams);
  const problem = findSearchUrlProblem(state, new Date());
  if (!problem) return undefined;
  // The clean address: the page would redirect the form's raw one (empty fields, repeats).
  return answerWithOwnPage(request.method, searchHref(state), 400, {
    body: `This search cannot be run: ${problem}\n`,
    contentType: 'text/plain; charset=utf-8',
  });
}
