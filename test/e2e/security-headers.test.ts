import { describe, expect, inject, it } from 'vitest';
import { demoExecutionArn, demoStateMachineArn } from './support/use-page';

// next.config.mjs sends these with every response; checked on pages, error answers of every kind,
// build assets, the icon, the CSV export and the progress JSON.

const EXPECTED = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'content-security-policy': "frame-ancestors 'none'",
  'x-frame-options': 'DENY',
};

async function headersOf(path: string, init: RequestInit = {}): Promise<{ status: number; headers: Headers }> {
  const response = await fetch(`${inject('baseUrl')}${path}`, { redirect: 'manual', signal: AbortSignal.timeout(60_000), ...init });
  await response.arrayBuffer();
  return { status: response.status, headers: response.headers };
}

/** A stylesheet and a script of the build, as the overview links them. */
async function buildAssets(): Promise<string[]> {
  const html = await (await fetch(`${inject('baseUrl')}/`)).text();
  const css = /\/_next\/static\/[^"']+\.css/.exec(html)?.[0];
  const js = /\/_next\/static\/[^"']+\.js/.exec(html)?.[0];
  if (!css || !js) throw new Error('the overview links no build assets');
  return [css, js];
}

const ACCOUNT = 'arn:aws:states:us-east-1:123456789012';

const CASES: [what: string, path: () => string, status: number][] = [
  ['the overview', () => '/', 200],
  ['an execution', () => `/executions/${encodeURIComponent(demoExecutionArn('daycare-age-too-young'))}`, 200],
  ['a state machine', () => `/state-machines/${encodeURIComponent(demoStateMachineArn('daycare-registration'))}`, 200],
  ['the cost review', () => '/cost', 200],
  ['an unknown page (404)', () => '/no-such-page', 404],
  ['an unknown execution (404)', () => `/executions/${encodeURIComponent(`${ACCOUNT}:execution:daycare-registration:nope`)}`, 404],
  ['a badly encoded address (400)', () => '/executions/%', 400],
  ['the icon', () => '/icon.svg', 200],
  ['a build asset that does not exist (404)', () => '/_next/static/chunks/no-such-chunk.js', 404],
  ['the CSV export', () => `/cost/export?table=states&arn=${encodeURIComponent(demoStateMachineArn('daycare-registration'))}`, 200],
  ['a rejected CSV export (400)', () => '/cost/export?table=nonsense', 400],
  ['the cost progress JSON', () => '/cost/progress?key=none', 200],
];

describe('security headers', () => {
  it.each(CASES)('are sent with %s', async (_what, path, status) => {
    const answer = await headersOf(path());
    expect(answer.status).toBe(status);
    for (const [name, value] of Object.entries(EXPECTED)) expect(answer.headers.get(name), name).toBe(value);
  });

  it('are sent with build assets (a stylesheet and a script)', async () => {
    for (const asset of await buildAssets()) {
      const answer = await headersOf(asset);
      expect(answer.status).toBe(200);
      for (const [name, value] of Object.entries(EXPECTED)) expect(answer.headers.get(name), `${name} on ${asset}`).toBe(value);
    }
  });

  it('are sent with the RSC payload of a client-side navigation, and the redirect that adds its cache key', async () => {
    const redirect = await headersOf('/', { headers: { RSC: '1' } });
    expect(redirect.status).toBe(307);
    const location = new URL(redirect.headers.get('location') ?? '', inject('baseUrl'));
    const payload = await headersOf(`${location.pathname}${location.search}`, { headers: { RSC: '1' } });
    expect(payload.status).toBe(200);
    expect(payload.headers.get('content-type')).toContain('text/x-component');
    for (const answer of [redirect, payload]) {
      for (const [name, value] of Object.entries(EXPECTED)) expect(answer.headers.get(name), name).toBe(value);
    }
  });
});
