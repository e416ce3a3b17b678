import { readCompareQuery } from '@/lib/compare/read-compare-query';
import { PASSED_HEADERS, ownOrigin } from './answer-malformed-address';

/** Set on the proxy's own request for the page, so that request renders instead of coming back here. */
const RENDERING_HEADER = 'x-statescope-render-invalid-compare';
const RENDER_TIMEOUT_MS = 10_000;

const param = (params: URLSearchParams, name: string) => params.get(name)?.trim() || undefined;

/**
 * /compare with a missing or malformed ARN: the page says what is wrong (with the form to fix it),
 * and the answer's status is 400. A page cannot set its status, so, as for a malformed address
 * (answer-malformed-address.ts), the page is fetched from this same server and passed on with 400.
 */
export async function answerInvalidCompare(request: {
  method: string;
  headers: Headers;
  nextUrl: { pathname: string; search: string; searchParams: URLSearchParams };
}): Promise<Response | undefined> {
  if (request.nextUrl.pathname !== '/compare' || request.headers.get(RENDERING_HEADER)) return undefined;
  const query = readCompareQuery(param(request.nextUrl.searchParams, 'a'), param(request.nextUrl.searchParams, 'b'));
  if (query.kind !== 'invalid') return undefined;
  const origin = ownOrigin();
  let page: Response | undefined;
  if (origin) {
    try {
      page = await fetch(new URL(`/compare${request.nextUrl.search}`, origin), {
        headers: { accept: 'text/html', [RENDERING_HEADER]: '1' },
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
  const headers = new Headers({
    'content-type': page ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8',
    'cache-control': 'no-store',
  });
  for (const name of PASSED_HEADERS) {
    const value = page?.headers.get(name);
    if (value) headers.set(name, value);
  }
  if (request.method === 'HEAD') {
    await page?.body?.cancel();
    return new Response(null, { status: 400, headers });
  }
  return new Response(page?.body ?? query.message, { status: 400, headers });
}
