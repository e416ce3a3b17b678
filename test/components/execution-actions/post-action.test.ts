import { describe, expect, it } from 'vitest';
import { actionHref, postAction } from '@/components/execution-actions/post-action';

const ARN = 'arn:aws:states:us-east-1:123456789012:execution:order-processing:order-1';

describe('postAction', () => {
  it('posts to the execution’s action route and returns the outcome', async () => {
    const sent: Array<[string, RequestInit | undefined]> = [];
    const send = (async (url: string, init?: RequestInit) => {
      sent.push([url, init]);
      return Response.json({ action: 'start', executionArn: 'arn:new', message: 'started' });
    }) as typeof fetch;
    expect(await postAction(ARN, 'start', '{"a":1}', send)).toEqual({
      ok: true,
      outcome: { action: 'start', executionArn: 'arn:new', message: 'started' },
    });
    expect(sent[0]?.[0]).toBe(`/executions/${encodeURIComponent(ARN)}/actions/start`);
    expect(sent[0]?.[1]).toMatchObject({ method: 'POST', body: '{"a":1}' });
  });

  it('returns the route’s message and hint when it refuses', async () => {
    const send = (async () => Response.json({ error: 'Not allowed.', hint: 'Grant it.' }, { status: 403 })) as typeof fetch;
    expect(await postAction(ARN, 'redrive', undefined, send)).toEqual({ ok: false, message: 'Not allowed. Grant it.' });
    const bare = (async () => new Response('oops', { status: 502 })) as typeof fetch;
    expect(await postAction(ARN, 'stop', undefined, bare)).toEqual({ ok: false, message: 'The dashboard answered HTTP 502.' });
  });

  it('turns a lost connection into a message', async () => {
    const send = (async () => {
      throw new TypeError('fetch failed');
    }) as typeof fetch;
    expect(await postAction(ARN, 'stop', undefined, send)).toEqual({
      ok: false,
      message: 'The dashboard did not answer; check that it is still running.',
    });
  });

  it('encodes the ARN as one path segment', () => {
    expect(actionHref('arn:a/b', 'stop')).toBe('/executions/arn%3Aa%2Fb/actions/stop');
  });
});
