import { findSearchUrlProblem } from '@/lib/execution-index/query/find-search-url-problem';
import { parseSearchUrl, SEARCH_PATH, searchHref } from '@/lib/execution-index/query/search-url';
import { ownOrigin, PASSED_HEADERS } from './answer-malformed-address';

/**
 * A search whose query cannot be read gets status 400 with the search page itself, which shows the
 * parser's message. Next.js pages cannot set a status, so proxy.ts hands such requests here and the
 * page is fetched from this same server (its own address, never the request's Host), marked so
 * that this second request passes straight through.
 */
export const RENDER_MARK_HEADER = 'x-statescope-problem-render';
const RENDER_TIMEOUT_MS = 15_000;

interface SearchRequest {
  method: string;
  headers: Headers;
  nextUrl: { pathname: string; search: string; searchParams: URLSearchParams };
}

/** The 400 answer for an unreadable search, or undefined to let the request through. */
export async function answerInvalidSearch(request: SearchRequest): Promise<Response | undefined> {
  if (request.nextUrl.pathname !== SEARCH_PATH || request.headers.has(RENDER_MARK_HEADER)) return undefined;
  if (request.method !== 'GET' && request.method !== 'HEAD') return undefined;
  const state = parseSearchUrl(request.nextUrl.searchParams);
  const problem = findSearchUrlProblem(state, new Date());
  if (!problem) return undefined;
  const origin = ownOrigin();
  let page: Response | undefined;
  if (origin) {
    try {
      // The clean address: the page would redirect the form's raw one (empty fields, repeats).
      page = await fetch(new URL(searchHref(state), origin), {
        headers: { accept: 'text/html', [RENDER_MARK_HEADER]: '1' },
        redirect: 'manual',
        signal: AbortSignal.timeout(RENDER_TIMEOUT_MS),
      });
      if (page.status !== 200 || !page.body) {
        await page.body?.cancel();
        page = undefined;
      }
    } catch {
      page = undefined;
    }
  }
  const headers = new Headers({ 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
  for (const name of PASSED_HEADERS) {
    const value = page?.headers.get(name);
    if (value) headers.set(name, value);
  }
  if (request.method === 'HEAD') {
    await page?.body?.cancel();
    return new Response(null, { status: 400, headers });
  }
  return new Response(page?.body ?? `This search cannot be run: ${problem}\n`, { status: 400, headers });
}
