/**
 * Next.js pages cannot set their HTTP status, and it keeps none set on a proxy rewrite. So where a
 * page must answer 400 (a broken address, an unreadable search, a malformed compare), proxy.ts
 * fetches that page from this same server (its own address, never one taken from the request's
 * Host header), marked so the second request passes straight through, and passes it on with the
 * status. Used by the answer-*.ts modules beside this one.
 */

/** Set on the proxy's own request for a page, so that request renders instead of coming back here. */
export const RENDER_MARK_HEADER = 'x-statescope-problem-render';
const RENDER_TIMEOUT_MS = 15_000;

/** The page's own headers passed on with it (security headers included). */
export const PASSED_HEADERS = [
  'content-type',
  'cache-control',
  'vary',
  'x-content-type-options',
  'referrer-policy',
  'content-security-policy',
  'x-frame-options',
];

/** Where this server listens, as `next start` records it; undefined elsewhere. */
export function ownOrigin(): string | undefined {
  return process.env.__NEXT_PRIVATE_ORIGIN || (process.env.PORT ? `http://127.0.0.1:${process.env.PORT}` : undefined);
}

/** Whether this request is the proxy's own fetch of a page. */
export const isOwnPageRequest = (headers: Headers) => headers.has(RENDER_MARK_HEADER);

async function fetchOwnPage(path: string): Promise<Response | undefined> {
  const origin = ownOrigin();
  if (!origin) return undefined;
  try {
    const page = await fetch(new URL(path, origin), {
      headers: { accept: 'text/html', [RENDER_MARK_HEADER]: '1' },
      redirect: 'manual',
      signal: AbortSignal.timeout(RENDER_TIMEOUT_MS),
    });
    if (page.status === 200 && page.body) return page;
    await page.body?.cancel();
  } catch {
    // Not rendered (timed out, server busy): the fallback answers.
  }
  return undefined;
}

/**
 * The page at `path` (path and query) answered with `status`; when it cannot be rendered, `fallback`
 * (a body and its content type) says the same without the layout.
 */
export async function answerWithOwnPage(
  method: string,
  path: string,
  status: number,
  fallback: { body: string; contentType: string },
): Promise<Response> {
  const page = await fetchOwnPage(path);
  const headers = new Headers({ 'content-type': fallback.contentType, 'cache-control': 'no-store' });
  for (const name of PASSED_HEADERS) {
    const value = page?.headers.get(name);
    if (value) headers.set(name, value);
  }
  if (method === 'HEAD') {
    await page?.body?.cancel();
    return new Response(null, { status, headers });
  }
  return new Response(page?.body ?? fallback.body, { status, headers });
}
