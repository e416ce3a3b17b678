import { describe, expect, inject, it } from 'vitest';
import { demoExecutionArn, demoStateMachineArn, usePage } from './support/use-page';

// The status line tells monitors and link checkers the truth: raw fetches, no browser. What the
// pages say is checked in the browser below, since Next.js renders an error page on the client.

const baseUrl = () => inject('baseUrl');

async function get(path: string, init: RequestInit = {}): Promise<{ status: number; type: string; body: string }> {
  const response = await fetch(`${baseUrl()}${path}`, { redirect: 'manual', signal: AbortSignal.timeout(60_000), ...init });
  return { status: response.status, type: response.headers.get('content-type') ?? '', body: await response.text() };
}

const ACCOUNT = 'arn:aws:states:us-east-1:123456789012';
const machine = () => encodeURIComponent(demoStateMachineArn('daycare-registration'));
const execution = () => encodeURIComponent(demoExecutionArn('daycare-age-too-young'));

describe('HTTP status of the dashboard pages', () => {
  it.each(['/executions/%', '/cost/%ZZ', '/state-machines/%E0%A4%A', '/executions/%C3%28', '/state-machines/arn%3Aaws%3Astates%3A%'])(
    'answers 400 with its own page in the layout for the badly encoded address %s',
    async (path) => {
      const answer = await get(path);
      expect(answer.status).toBe(400);
      expect(answer.type).toContain('text/html');
      expect(answer.body).toContain('This address is not a valid encoded ARN');
      // The layout: the site header with its search box.
      expect(answer.body).toContain('role="search"');
      expect(answer.body).not.toContain('Internal Server Error');
    },
  );

  it.each([
    ['an unknown execution', () => `/executions/${encodeURIComponent(`${ACCOUNT}:execution:daycare-registration:no-such-execution`)}`],
    ['an unknown state machine', () => `/state-machines/${encodeURIComponent(`${ACCOUNT}:stateMachine:no-such-machine`)}`],
    ["an unknown state machine's cost review", () => `/cost/${encodeURIComponent(`${ACCOUNT}:stateMachine:no-such-machine`)}`],
    ['an execution address that is no ARN', () => '/executions/not-an-arn'],
    ['a state machine address that is no ARN', () => '/state-machines/not-an-arn'],
    ['an unknown page', () => '/no-such-page'],
    [
      "an unknown execution's Lambda logs",
      () => `/lambda-logs?execution=${encodeURIComponent(`${ACCOUNT}:execution:daycare-registration:no-such-execution`)}&visit=2`,
    ],
  ])('answers 404 for %s', async (_what, path) => {
    expect((await get(path())).status).toBe(404);
  });

  it.each([
    ['the overview', () => '/'],
    ['the cost review', () => '/cost'],
    ['a state machine', () => `/state-machines/${machine()}`],
    ['an execution', () => `/executions/${execution()}`],
    ["a state machine's cost review", () => `/cost/${machine()}`],
    // Query parameters the page does not understand are dropped or explained, never a crash.
    ['a status filter that is no status', () => `/state-machines/${machine()}?status=garbage&sort=nonsense&dir=sideways&maxResults=-3`],
    ['a time range that is no range', () => `/state-machines/${machine()}?range=forever&from=yesterday&to=%00`],
    ['a page token that is no token', () => `/state-machines/${machine()}?nextToken=${'A'.repeat(6_000)}`],
    ['a history page that is no number', () => `/executions/${execution()}?page=-1e309&type=${'X'.repeat(2_000)}`],
    ['a cost mode that is no mode', () => '/cost?mode=everything'],
  ])('answers 200 for %s', async (_what, path) => {
    const answer = await get(path());
    expect(answer.status).toBe(200);
    // Nor a section that failed on them (error.tsx's text).
    expect(answer.body.includes('Something went wrong')).toBe(false);
  });

  it('answers the CSV export by what went wrong: 400 for a bad request, 404 for an unknown state machine, 200 with CSV otherwise', async () => {
    expect((await get('/cost/export?table=nonsense')).status).toBe(400);
    expect((await get('/cost/export?table=states&arn=not-an-arn')).status).toBe(400);
    const unknown = await get(`/cost/export?table=states&arn=${encodeURIComponent(`${ACCOUNT}:stateMachine:no-such-machine`)}`);
    expect(unknown.status).toBe(404);
    expect(unknown.type).toContain('text/plain');
    const found = await get(`/cost/export?table=states&arn=${machine()}`);
    expect(found.status).toBe(200);
    expect(found.type).toContain('text/csv');
  });

  it('answers HEAD for a badly encoded address with 400 and no body', async () => {
    const answer = await get('/executions/%', { method: 'HEAD' });
    expect(answer.status).toBe(400);
    expect(answer.body).toBe('');
  });
});

describe('what the error pages say', () => {
  const browser = usePage();

  it('explains a badly encoded address inside the layout, with the search box to try again', async () => {
    const { page } = browser;
    const response = await page.goto(`${baseUrl()}/executions/%E0%A4%A`);
    expect(response?.status()).toBe(400);
    await page.getByRole('heading', { name: 'This address is not a valid encoded ARN' }).waitFor();
    expect(await page.getByTestId('invalid-path').textContent()).toBe('/executions/%E0%A4%A');
    // The address stays what the user typed.
    expect(page.url()).toBe(`${baseUrl()}/executions/%E0%A4%A`);
    expect(await page.getByRole('search').count()).toBe(2);
    await browser.shot('invalid-address-400');
  });

  it('says an unknown state machine does not exist, with status 404', async () => {
    const { page } = browser;
    const response = await page.goto(`${baseUrl()}/state-machines/${encodeURIComponent(`${ACCOUNT}:stateMachine:no-such-machine`)}`);
    expect(response?.status()).toBe(404);
    await page.getByRole('heading', { name: 'State machine not found' }).waitFor();
    expect(await page.innerText('body')).not.toMatch(/\.(js|ts|tsx):\d+:\d+/);
    await browser.shot('state-machine-not-found-404');
  });

  it('says an unknown state machine has no cost review, with status 404', async () => {
    const { page } = browser;
    const response = await page.goto(`${baseUrl()}/cost/${encodeURIComponent(`${ACCOUNT}:stateMachine:no-such-machine`)}`);
    expect(response?.status()).toBe(404);
    await page.getByRole('heading', { name: 'State machine not found' }).waitFor();
    await page.getByRole('link', { name: 'Back to the cost review' }).waitFor();
  });
});
