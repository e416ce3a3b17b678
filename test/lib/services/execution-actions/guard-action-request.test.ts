import { describe, expect, it } from 'vitest';
import { ACTIONS_OFF_MESSAGE, guardActionRequest } from '@/lib/services/execution-actions/guard-action-request';

const ALLOWED = { STATESCOPE_ALLOW_ACTIONS: '1' };
const post = (headers: Record<string, string>, body = '{}') =>
  new Request('http://127.0.0.1:3000/executions/x/actions/start', { method: 'POST', headers, body });

describe('guardActionRequest', () => {
  it('refuses every request while actions are off, saying how to turn them on', async () => {
    const request = post({ host: '127.0.0.1:3000', origin: 'http://127.0.0.1:3000' });
    expect(await guardActionRequest(request, { maxBodyBytes: 100, env: {} })).toEqual({
      ok: false,
      status: 403,
      message: ACTIONS_OFF_MESSAGE,
    });
  });

  it('refuses a request from another origin, or sent to another host, even with actions on', async () => {
    const foreign = await guardActionRequest(post({ host: '127.0.0.1:3000', origin: 'https://evil.example' }), {
      maxBodyBytes: 100,
      env: ALLOWED,
    });
    expect(foreign).toEqual({
      ok: false,
      status: 403,
      message: 'Refused: The request came from https://evil.example, not from the dashboard at 127.0.0.1:3000.',
    });
    const rebound = await guardActionRequest(post({ host: 'evil.example:3000', origin: 'http://evil.example:3000' }), {
      maxBodyBytes: 100,
      env: ALLOWED,
    });
    expect(rebound).toMatchObject({ ok: false, status: 403 });
  });

  it('lets the dashboard’s own request through with its body, within the limit', async () => {
    const own = { host: '127.0.0.1:3000', origin: 'http://127.0.0.1:3000' };
    expect(await guardActionRequest(post(own, '{"a":1}'), { maxBodyBytes: 100, env: ALLOWED })).toEqual({ ok: true, body: '{"a":1}' });
    expect(await guardActionRequest(post(own, 'x'.repeat(101)), { maxBodyBytes: 100, env: ALLOWED })).toMatchObject({
      ok: false,
      status: 413,
    });
  });
});
