import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { demoExecutionArn, demoStateMachineArn } from './support/use-page';
import { findFreePort } from './support/find-free-port';
import { startNextServer, type NextServer } from './support/start-next-server';

// The dashboard holds AWS credentials; none of the secret parts may ever reach a page, an error
// message or the server's own output, whatever the data source answers. Each dashboard below gets
// its own distinctive fake secret access key and session token.

const SECRET = `statescope-fake-secret-${randomUUID()}`;
const TOKEN = `statescope-fake-session-token-${randomUUID()}`;

/**
 * Stands in for AWS refusing the signature. AWS's InvalidSignatureException message quotes the
 * canonical request it expected, and with temporary credentials that includes the
 * x-amz-security-token header: the session token itself comes back in the error message.
 */
function startSignatureRejectingEndpoint(): { server: Server; tokensSeen: string[] } {
  const tokensSeen: string[] = [];
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const token = String(req.headers['x-amz-security-token'] ?? '');
      tokensSeen.push(token);
      const target = String(req.headers['x-amz-target'] ?? '');
      const canonical = [
        'POST',
        '/',
        '',
        `content-type:${String(req.headers['content-type'] ?? '')}`,
        `host:${String(req.headers.host ?? '')}`,
        `x-amz-date:${String(req.headers['x-amz-date'] ?? '')}`,
        `x-amz-security-token:${token}`,
        `x-amz-target:${target}`,
        '',
        'content-type;host;x-amz-date;x-amz-security-token;x-amz-target',
        'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      ].join('\n');
      const message =
        'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. ' +
        `Consult the service documentation for details.\n\nThe Canonical String for this request should have been\n'${canonical}'\n\n` +
        "The String-to-Sign should have been\n'AWS4-HMAC-SHA256\n20260101T000000Z\n20260101/us-east-1/states/aws4_request\n0123'\n";
      res.writeHead(400, { 'Content-Type': 'application/x-amz-json-1.0', 'x-amzn-ErrorType': 'InvalidSignatureException' });
      res.end(JSON.stringify({ __type: 'InvalidSignatureException', message }));
    });
  });
  return { server, tokensSeen };
}

interface Source {
  name: string;
  endpoint: () => string;
}

const MACHINE = () => demoStateMachineArn('daycare-registration');
const EXECUTION = () => demoExecutionArn('daycare-age-too-young');
const PATHS = () => [
  '/',
  '/cost',
  `/state-machines/${encodeURIComponent(MACHINE())}`,
  `/state-machines/${encodeURIComponent(MACHINE())}?status=FAILED&nextToken=${'x'.repeat(50)}`,
  `/executions/${encodeURIComponent(EXECUTION())}`,
  `/executions/${encodeURIComponent(`${EXECUTION()}-missing`)}`,
  `/cost/${encodeURIComponent(MACHINE())}`,
  `/cost/export?table=states&arn=${encodeURIComponent(MACHINE())}`,
  '/cost/export?table=state-machines',
  `/open?q=${encodeURIComponent(EXECUTION())}`,
  '/executions/%',
  '/no-such-page',
];

describe('AWS secrets never leave the server', () => {
  const rejecting = startSignatureRejectingEndpoint();
  let closedEndpoint = '';
  const sources: Source[] = [
    { name: 'the emulator', endpoint: () => inject('emulatorUrl') },
    { name: 'an unreachable endpoint', endpoint: () => closedEndpoint },
    {
      name: 'an endpoint that rejects the signature and quotes the token',
      endpoint: () => `http://127.0.0.1:${(rejecting.server.address() as AddressInfo).port}`,
    },
  ];

  beforeAll(async () => {
    rejecting.server.listen(0, '127.0.0.1');
    await once(rejecting.server, 'listening');
    // Free now and never bound by anyone: a closed port.
    closedEndpoint = `http://127.0.0.1:${await findFreePort()}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => rejecting.server.close(() => resolve()));
  });

  describe.each(sources)('with $name', (source) => {
    let server: NextServer | undefined;
    beforeAll(async () => {
      server = await startNextServer({
        cwd: process.cwd(),
        port: await findFreePort(),
        env: {
          AWS_ENDPOINT_URL: source.endpoint(),
          AWS_REGION: 'us-east-1',
          AWS_ACCESS_KEY_ID: 'ASIASTATESCOPETEST01',
          AWS_SECRET_ACCESS_KEY: SECRET,
          AWS_SESSION_TOKEN: TOKEN,
          AWS_MAX_ATTEMPTS: '1',
          AWS_EC2_METADATA_DISABLED: 'true',
        },
      });
    });
    afterAll(async () => {
      await server?.close();
    });

    it('pages, RSC payloads, CSV exports, error answers and the server log hold neither the secret key nor the session token', async () => {
      // The HTML document and the RSC payload a client-side navigation fetches.
      const variants: Record<string, string>[] = [{}, { RSC: '1' }];
      const answers: { what: string; text: string }[] = [];
      for (const path of PATHS()) {
        for (const headers of variants) {
          // RSC requests are redirected once to add their cache key (`_rsc`); /open redirects too.
          const response = await fetch(`${server!.baseUrl}${path}`, { headers, signal: AbortSignal.timeout(60_000) });
          answers.push({ what: `${path} ${JSON.stringify(headers)} (${response.status})`, text: await response.text() });
        }
      }
      // Whatever the server logs about those requests has been written by now.
      await new Promise((resolve) => setTimeout(resolve, 500));
      answers.push({ what: "the server's stdout and stderr", text: server!.output() });
      expect(answers.reduce((total, answer) => total + answer.text.length, 0)).toBeGreaterThan(10_000);
      const leaks = answers.filter((answer) => answer.text.includes(SECRET) || answer.text.includes(TOKEN)).map((answer) => answer.what);
      expect(leaks).toEqual([]);
    });
  });

  it('(the rejecting endpoint did receive the session token, so the test above had it to leak)', () => {
    expect(rejecting.tokensSeen.length).toBeGreaterThan(0);
    expect(rejecting.tokensSeen.every((token) => token === TOKEN)).toBe(true);
  });
});
