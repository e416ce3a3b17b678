import type { IncomingMessage } from 'node:http';
import { ApiError } from './api-error';

/** AWS accepts requests up to 1 MB (docs/aws-behaviour.md#quotas-and-throttling); a little slack covers JSON escaping of a 1 MB definition. */
export const MAX_REQUEST_BYTES = 4 * 1024 * 1024;

/** The client went away before the body ended; nobody is left to answer. */
export class RequestAborted extends Error {
  constructor() {
    super('the client closed the connection before the request body ended');
    this.name = 'RequestAborted';
  }
}

/** Reads the whole body as UTF-8, refusing bodies over MAX_REQUEST_BYTES with a clear error. */
export function readRequestBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    let ended = false;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_REQUEST_BYTES) {
        tooLarge = true;
        chunks.length = 0;
        return;
      }
      if (!tooLarge) chunks.push(chunk);
    });
    request.on('end', () => {
      ended = true;
      if (tooLarge) {
        reject(new ApiError('ValidationException', `The request body is larger than ${MAX_REQUEST_BYTES} bytes`, 413));
      } else {
        resolve(Buffer.concat(chunks).toString('utf8'));
      }
    });
    request.on('error', reject);
    // Without this a request closed mid-body (timeout, client gone) would leave the promise pending forever.
    request.on('close', () => {
      if (!ended) reject(new RequestAborted());
    });
  });
}
