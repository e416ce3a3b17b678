import { describe, expect, it } from 'vitest';
import { toActionResponse, toProblemResponse } from '@/lib/services/execution-actions/to-action-response';

describe('toActionResponse', () => {
  it('answers an outcome 200, uncached', async () => {
    const response = toActionResponse({ ok: true, value: { action: 'stop', executionArn: 'arn:x', message: 'x was stopped' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ action: 'stop', executionArn: 'arn:x', message: 'x was stopped' });
  });

  it('answers a problem with its true status, message and hint', async () => {
    const response = toActionResponse({ ok: false, problem: { kind: 'access-denied', message: 'Not allowed', hint: 'Grant it' } });
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ error: 'Not allowed', hint: 'Grant it' });
    expect(await toProblemResponse(413, 'Too large').json()).toEqual({ error: 'Too large' });
  });
});
