/**
 * Next.js cannot decode a route parameter with broken percent-encoding (`/executions/%`,
 * `/state-machines/%E0%A4%A`) and answers a plain-text 500 before any page runs. proxy.ts runs first
 * and hands such requests here: the answer is the app's own /invalid-address page, in the layout,
 * with status 400 (answer-with-own-page.ts).
 */
import { answerWithOwnPage } from './answer-with-own-page';

export const INVALID_ADDRESS_PATH = '/invalid-address';

/** Whether every %XX escape in the path decodes (to UTF-8), as Next.js will need. */
export function isDecodablePath(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** Only if the page itself cannot be rendered: the same message without the layout. */
function plainPage(path: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Invalid address · Statescope</title><meta name="robots" content="noindex"></head><body><h1>This address is not a valid encoded ARN</h1><p>Its percent-encoding is broken, so no ARN can be read from it: <code>${escapeHtml(path.slice(0, 300))}</code></p><p><a href="/">Back to state machines</a></p></body></html>`;
}

/** The 400 answer for a path that cannot be decoded, or undefined to let the request through. */
export async function answerMalformedAddress(request: { method: string; nextUrl: { pathname: string } }): Promise<Response | undefined> {
  const path = request.nextUrl.pathname;
  if (isDecodablePath(path)) return undefined;
  return answerWithOwnPage(request.method, `${INVALID_ADDRESS_PATH}?path=${encodeURIComponent(path)}`, 400, {
    body: plainPage(path),
    contentType: 'text/html; charset=utf-8',
  });
}
