import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import { findFreePort } from '../../test/e2e/support/find-free-port';

export interface CountingProxy {
  url: string;
  /** Calls so far by action: X-Amz-Target's last part, or `query-or-other` (a Query form, a page). */
  counts: Map<string, number>;
  close: () => Promise<void>;
}

/** A loopback proxy in front of `target` (the emulator) that counts the calls a page load makes. */
export async function startCountingProxy(target: string): Promise<CountingProxy> {
  const counts = new Map<string, number>();
  const upstream = new URL(target);
  const server = createServer((incoming: IncomingMessage, outgoing: ServerResponse) => {
    const action = String(incoming.headers['x-amz-target'] ?? 'query-or-other')
      .split('.')
      .at(-1)!;
    counts.set(action, (counts.get(action) ?? 0) + 1);
    const forward = request(
      { host: upstream.hostname, port: upstream.port, path: incoming.url, method: incoming.method, headers: incoming.headers },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    forward.on('error', () => outgoing.destroy());
    incoming.pipe(forward);
  });
  const port = await findFreePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${port}`, counts, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
