/**
 * Next.js cannot decode a route parameter with broken percent-encoding (`/executions/%`,
 * `/state-machines/%E0%A4%A`) and answers a plain-text 500 before any page runs. proxy.ts runs first
 * and hands such requests here: the answer is the app's own /invalid-address page, in the layout,
 * with status 400. Next.js keeps no status set on a proxy rewrite, so the page is fetched from this
 * same server (its own address, never one taken from the request's Host header) and passed on.
 */

export const INVALID_ADDRESS_PATH = '/invalid-address';
const RENDER_TIMEOUT_MS = 10_000;

/** Whether every %XX escape in the path decodes (to UTF-8), as Next.js will need. */
export function isDecodablePath(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

/** Where this server listens, as `next start` records it; undefined elsewhere. */
export function ownOrigin(): string | undefined {
  return process.env.__NEXT_PRIVATE_ORIGIN || (process.env.PORT ? `http://127.0.0.1:${process.env.PORT}` : undefined);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** Only if the page itself cannot be rendered: the same message without the layout. */
function plainPage(path: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Invalid address · Statescope</title><meta name="robots" content="noindex"></head><body><h1>This address is not a valid encoded ARN</h1><p>Its percent-encoding is broken, so no ARN can be read from it: <code>${escapeHtml(path.slice(0, 300))}</code></p><p><a href="/">Back to state machines</a></p></body></html>`;
}

export const PASSED_HEADERS = [
  'content-type',
  'cache-control',
  'vary',
  'x-content-type-options',
  'referrer-policy',
  'content-security-policy',
  'x-frame-options',
];

async function renderInvalidAddressPage(path: string): Promise<Response | undefined> {
  const origin = ownOrigin();
  if (!origin) return undefined;
  try {
    const page = await fetch(new URL(`${INVALID_ADDRESS_PATH}?path=${encodeURIComponent(path)}`, origin), {
      headers: { accept: 'text/html' },
      redirect: 'manual',
      signal: AbortSignal.timeout(RENDER_TIMEOUT_MS),
    });
    if (page.status !== 200 || !page.body) {
      await page.body?.cancel();
      return undefined;
    }
    return page;
  } catch {
    return undefined;
  }
}

/** The 400 answer for a path that cannot be decoded, or undefined to let the request through. */
export async function answerMalformedAddress(request: { method: string; nextUrl: { pathname: string } }): Promise<Response | undefined> {
  const path = request.nextUrl.pathname;
  if (isDecodablePath(path)) return undefined;
  const page = await renderInvalidAddressPage(path);
  const headers = new Headers({ 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  for (const name of PASSED_HEADERS) {
    const value = page?.headers.get(name);
    if (value) headers.set(name, value);
  }
  if (request.method === 'HEAD') {
    await page?.body?.cancel();
    return new Response(null, { status: 400, headers });
  }
  return new Response(page?.body ?? plainPage(path), { status: 400, headers });
}
