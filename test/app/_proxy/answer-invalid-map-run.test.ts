import { afterEach, describe, expect, it } from 'vitest';
import { answerInvalidMapRun } from '@/app/_proxy/answer-invalid-map-run';
import { RENDER_MARK_HEADER } from '@/app/_proxy/answer-with-own-page';

// proxy.ts's Map Run check, without Next.js: which addresses pass, and that the others are answered 400.

const saved = { origin: process.env.__NEXT_PRIVATE_ORIGIN, port: process.env.PORT };
afterEach(() => {
  process.env.__NEXT_PRIVATE_ORIGIN = saved.origin;
  process.env.PORT = saved.port;
  if (saved.origin === undefined) delete process.env.__NEXT_PRIVATE_ORIGIN;
  if (saved.port === undefined) delete process.env.PORT;
});

const ARN = encodeURIComponent('arn:aws:states:us-east-1:123456789012:mapRun:parcel-audit/AuditParcels:run-1');

function request(path: string, headers: Record<string, string> = {}) {
  const url = new URL(path, 'http://127.0.0.1');
  return {
    method: 'GET',
    headers: new Headers(headers),
    nextUrl: { pathname: url.pathname, search: url.search, searchParams: url.searchParams },
  };
}

describe('answerInvalidMapRun', () => {
  it.each([`/map-runs/${ARN}`, `/map-runs/${ARN}?status=FAILED`, `/map-runs/${ARN}?status=failed&cursor=FAILED.x`, '/executions/abc', '/'])(
    'lets %s through',
    async (path) => {
      expect(await answerInvalidMapRun(request(path))).toBeUndefined();
    },
  );

  it('lets its own rendering request through', async () => {
    expect(await answerInvalidMapRun(request('/map-runs/nope', { [RENDER_MARK_HEADER]: '1' }))).toBeUndefined();
  });

  it.each([
    ['/map-runs/nope', 'Not a Map Run ARN: it does not start with arn:aws:states:'],
    [`/map-runs/${encodeURIComponent('arn:aws:states:us-east-1:123456789012:execution:m:e')}`, "its resource type is 'execution'"],
    [`/map-runs/${ARN}?status=DONE`, "Unknown status 'DONE'"],
  ])('answers %s with status 400 and the reason (here without a server to render the page)', async (path, reason) => {
    delete process.env.__NEXT_PRIVATE_ORIGIN;
    delete process.env.PORT;
    const answer = await answerInvalidMapRun(request(path));
    expect(answer?.status).toBe(400);
    expect(await answer?.text()).toContain(reason);
  });
});
