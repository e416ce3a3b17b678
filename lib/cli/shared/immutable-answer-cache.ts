import type { IncomingMessage } from 'node:http';

/** An answer of `next start` kept whole: what the front server sends again without asking. */
export interface KeptAnswer {
  status: number;
  statusMessage: string | undefined;
  /** As received (name, value, …), hop-by-hop headers already left out by the caller. */
  rawHeaders: string[];
  body: Buffer;
}

/** The build's hashed files: their names change with their content, so an answer never goes stale. */
const BUILD_ASSETS = '/_next/static/';
/** Larger files are passed through each time (the build's largest chunk is a few hundred KB). */
const MAX_ANSWER_BYTES = 4 * 1024 * 1024;
/** All kept answers together; past it, nothing more is kept (a build is a few MB). */
const MAX_TOTAL_BYTES = 64 * 1024 * 1024;

/**
 * The front server's copy of the build's hashed assets as `next start` answered them: a later
 * request for the same file (and the same Accept-Encoding, as Next.js may compress) is answered from
 * here. Next.js renders pages on the one thread that also serves its files, so a browser's scripts
 * otherwise waited behind the rendering of the page that asked for them (in a trace of the bench's
 * 23,808-event page, scripts asked for at 231 ms arrived at 503 ms). Only answers that say they are
 * immutable are kept.
 */
export class ImmutableAnswerCache {
  private readonly answers = new Map<string, KeptAnswer>();
  private totalBytes = 0;

  /** Where a request's answer is (or would be) kept; undefined for what is never kept. */
  keyOf(req: IncomingMessage): string | undefined {
    if (req.method !== 'GET' || !req.url?.startsWith(BUILD_ASSETS) || req.url.includes('?')) return undefined;
    return `${req.url}\n${req.headers['accept-encoding'] ?? ''}`;
  }

  get(key: string): KeptAnswer | undefined {
    return this.answers.get(key);
  }

  /**
   * Keeps `answer` under `key` once it has been received whole, if it is a 200 that says it is
   * immutable and fits; its chunks are read as they pass, never held back from the client.
   */
  offer(key: string, answer: IncomingMessage, rawHeaders: string[]): void {
    const cacheControl = String(answer.headers['cache-control'] ?? '');
    if (answer.statusCode !== 200 || !/\bimmutable\b/.test(cacheControl) || this.answers.has(key)) return;
    const chunks: Buffer[] = [];
    let bytes = 0;
    let tooLarge = false;
    answer.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes > MAX_ANSWER_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    answer.once('end', () => {
      if (tooLarge || !answer.complete || this.totalBytes + bytes > MAX_TOTAL_BYTES || this.answers.has(key)) return;
      const body = Buffer.concat(chunks, bytes);
      this.answers.set(key, { status: 200, statusMessage: answer.statusMessage, rawHeaders: replayHeaders(rawHeaders, body.length), body });
      this.totalBytes += bytes;
    });
  }
}

/** The kept headers as sent again: today's Date (Node adds it), and the length of the whole body. */
function replayHeaders(rawHeaders: string[], length: number): string[] {
  const kept: string[] = [];
  for (let index = 0; index + 1 < rawHeaders.length; index += 2) {
    const name = rawHeaders[index];
    const value = rawHeaders[index + 1];
    if (name === undefined || value === undefined) break;
    const lower = name.toLowerCase();
    if (lower !== 'date' && lower !== 'content-length') kept.push(name, value);
  }
  kept.push('Content-Length', String(length));
  return kept;
}
