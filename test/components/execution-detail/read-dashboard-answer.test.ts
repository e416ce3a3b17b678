import { describe, expect, it } from 'vitest';
import { readDashboardAnswer, type DashboardBody } from '@/components/execution-detail/read-dashboard-answer';

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('readDashboardAnswer', () => {
  it('gives the body of a good answer', async () => {
    await expect(readDashboardAnswer<{ text: string }>(json({ text: '{"a":1}' }))).resolves.toEqual({ text: '{"a":1}' });
  });

  it("says the route's own message when it refuses", async () => {
    const refused = json({ error: 'This execution has no output yet: it is still running.' }, 404);
    await expect(readDashboardAnswer(refused)).rejects.toThrow('This execution has no output yet: it is still running.');
  });

  it('names the HTTP status when the answer is not JSON', async () => {
    await expect(readDashboardAnswer(new Response('<html>Bad gateway</html>', { status: 502 }))).rejects.toThrow(
      'The dashboard server answered HTTP 502.',
    );
  });

  it('refuses a good status whose body has the wrong shape', async () => {
    const isText = (body: DashboardBody): body is { text: string } => typeof body.text === 'string';
    await expect(readDashboardAnswer(json({ rows: [] }), isText)).rejects.toThrow('The dashboard server answered HTTP 200.');
    await expect(readDashboardAnswer(json(null), isText)).rejects.toThrow('The dashboard server answered HTTP 200.');
  });

  it('refuses a good status whose body is JSON but no object', async () => {
    await expect(readDashboardAnswer(json('just text'))).rejects.toThrow('The dashboard server answered HTTP 200.');
    await expect(readDashboardAnswer(json([1, 2]))).rejects.toThrow('The dashboard server answered HTTP 200.');
  });
});
