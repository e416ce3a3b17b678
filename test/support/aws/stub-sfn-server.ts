import { createServer, type Server } from 'node:http';

export interface StubSfnServer {
  url: string;
  /** Requests received so far, by X-Amz-Target operation. */
  requests: string[];
  close: () => Promise<void>;
}

/**
 * An HTTP server that answers every Step Functions call with one AWS JSON 1.0 error, so the real SDK
 * (retries included) produces errors the emulator cannot, such as throttling or access denied.
 */
export async function startStubSfnServer(errorName: string, statusCode = 400): Promise<StubSfnServer> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    requests.push(String(req.headers['x-amz-target'] ?? ''));
    req.resume();
    req.on('end', () => {
      res.writeHead(statusCode, {
        'content-type': 'application/x-amz-json-1.0',
        'x-amzn-errortype': `${errorName}:`,
      });
      res.end(JSON.stringify({ __type: `com.amazonaws.swf.base.model#${errorName}`, message: `stub ${errorName}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || address === null) throw new Error('no port assigned');
  return {
    url: `http://127.0.0.1:${address.port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
