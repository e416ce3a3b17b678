import { describe, expect, inject, it } from 'vitest';
import { demoExecutionArn, usePage } from './support/use-page';

// The execution page ships its view without the visits' payloads: the inspector reads a selected
// visit's from /executions/<arn>/payloads?visit=<id> (a finished execution's opening visit comes with
// the page), and the events table comes 100 rows a page.

const executionPath = (scenario: string) => `/executions/${encodeURIComponent(demoExecutionArn(scenario))}`;

async function get(path: string): Promise<{ status: number; type: string; cache: string; body: string }> {
  const response = await fetch(`${inject('baseUrl')}${path}`, { signal: AbortSignal.timeout(60_000) });
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    cache: response.headers.get('cache-control') ?? '',
    body: await response.text(),
  };
}

describe('the execution page loads payloads on demand', () => {
  const browser = usePage();

  it('brings the opening visit’s payloads with the page and fetches another visit’s when it is selected', async () => {
    const { page } = browser;
    const requested: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/payloads?')) requested.push(new URL(request.url()).searchParams.get('visit') ?? '');
    });
    await browser.open(executionPath('odd-even-odd'));
    await page.locator('[data-testid="execution-graph"][data-ready="true"]').waitFor({ timeout: 60_000 });
    const inspector = page.getByRole('region', { name: 'State inspector' });
    await inspector.getByRole('group', { name: 'State input view' }).waitFor();
    expect(requested).toEqual([]); // the finished execution's opening visit came with the page

    await page.locator('.react-flow__node [data-node-id="Odd"]').click();
    await page.waitForFunction(() => document.querySelector('[data-testid="inspected-state"]')?.textContent === 'Odd');
    const indented = JSON.stringify({ N: 7, remainder: 1 }, null, 2);
    // Copied from the tree, which has not indented it as text yet: Copy does, when pressed.
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
    await inspector.getByRole('button', { name: 'Copy state input' }).click();
    await inspector.getByRole('button', { name: 'Copy state input' }).getByText('Copied').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(indented);
    await inspector.getByRole('group', { name: 'State input view' }).getByRole('button', { name: 'Text' }).click();
    expect(await inspector.getByLabel('State input', { exact: true }).textContent()).toBe(indented);
    expect(requested).toHaveLength(1);
    expect(Number(requested[0])).toBe(Number(new URL(page.url()).searchParams.get('visit')));
  });

  it('answers a visit’s payloads as JSON, cacheable once the execution has finished', async () => {
    const page = await get(executionPath('odd-even-odd'));
    const visitId = Number(/event #(?:<!-- -->)?(\d+)/.exec(page.body)?.[1]);
    expect(visitId).toBeGreaterThan(0);
    const answer = await get(`${executionPath('odd-even-odd')}/payloads?visit=${visitId}`);
    expect(answer.status).toBe(200);
    expect(answer.type).toContain('application/json');
    expect(answer.cache).toContain('immutable');
    const payloads = JSON.parse(answer.body) as { input?: string; output?: string };
    expect(JSON.parse(payloads.input!)).toEqual({ N: 7 });
    expect(payloads.output).toBeDefined();
  });

  it('answers bad requests with 400, unknown visits and executions with 404, each with a clear message', async () => {
    const path = executionPath('odd-even-odd');
    const cases: [string, number, RegExp][] = [
      [`${path}/payloads`, 400, /Name the visit/],
      [`${path}/payloads?visit=abc`, 400, /"abc" is not a visit id/],
      [`${path}/payloads?visit=0`, 400, /not a visit id/],
      [`${path}/payloads?visit=99999`, 404, /no visit 99999/],
      [
        `/executions/${encodeURIComponent('arn:aws:states:us-east-1:123456789012:execution:daycare-registration:no-such-execution')}/payloads?visit=2`,
        404,
        /./,
      ],
    ];
    for (const [url, status, message] of cases) {
      const answer = await get(url);
      expect({ url, status: answer.status }).toEqual({ url, status });
      expect(answer.type).toContain('application/json');
      const body = JSON.parse(answer.body) as { error: string };
      expect(body.error).toMatch(message);
      expect(body.error).not.toMatch(/\n\s+at /); // no stack trace
    }
  });

  it('says so in the inspector when a visit’s payloads cannot be read', async () => {
    const { page } = browser;
    await page.route('**/payloads?visit=*', (route) =>
      route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ error: 'Throttled by the data source.' }) }),
    );
    await browser.open(executionPath('odd-even-odd'));
    // The opening visit's payloads came with the page: another visit's are fetched.
    await page.locator('[data-testid="execution-graph"][data-ready="true"]').waitFor({ timeout: 60_000 });
    await page.locator('.react-flow__node [data-node-id="Odd"]').click();
    const alert = page.getByRole('region', { name: 'State inspector' }).getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Throttled by the data source.');
    await page.unroute('**/payloads?visit=*');
  });

  it('pages the raw events from the server without reloading the page, the page in the URL', async () => {
    const { page } = browser;
    await browser.open(executionPath('shipping-labels-300'));
    const pages = page.getByRole('navigation', { name: 'History pages' });
    await pages.waitFor();
    await page.evaluate(() => ((window as unknown as { samePage: boolean }).samePage = true));
    const firstId = () => page.getByRole('table', { name: 'History events' }).locator('tbody tr td:first-child').first().textContent();
    expect(await firstId()).toBe('1');
    await pages.getByRole('link', { name: 'Next →' }).click();
    await page.waitForFunction(() => document.querySelector('table[aria-label="History events"] tbody td')?.textContent === '101');
    expect(new URL(page.url()).searchParams.get('page')).toBe('2');
    expect(await pages.textContent()).toContain('Page 2 of');
    await pages.getByRole('link', { name: '← Previous' }).click();
    await page.waitForFunction(() => document.querySelector('table[aria-label="History events"] tbody td')?.textContent === '1');
    expect(new URL(page.url()).searchParams.get('page')).toBeNull();
    expect(await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage)).toBe(true);
  });

  it('answers a page of events as JSON, and a bad page number with 400', async () => {
    const path = executionPath('shipping-labels-300');
    const answer = await get(`${path}/events?page=3`);
    expect(answer.status).toBe(200);
    const body = JSON.parse(answer.body) as { page: number; rows: { id: number }[]; visits: [number, { name: string }][] };
    expect(body.page).toBe(3);
    expect(body.rows.map((r) => r.id)).toEqual(Array.from({ length: 100 }, (_, i) => 201 + i));
    expect(body.visits.length).toBeGreaterThan(0);
    const bad = await get(`${path}/events?page=zero`);
    expect(bad.status).toBe(400);
    expect((JSON.parse(bad.body) as { error: string }).error).toContain('"zero" is not a page number');
  });

  it('sends a long execution input as its first lines, and reads the whole from the server to show or copy it', async () => {
    const { page } = browser;
    const asked: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.searchParams.has('execution')) asked.push(url.search);
    });
    // Without the whole view, which carries the input too: the card reads it itself.
    const wholeView = /\/view(\?|$)/;
    await page.route(wholeView, (route) => route.abort());
    // Answers that take a moment, as a remote server's do: the card and Copy say they are reading.
    const executionPayload = /\/payloads\?execution=/;
    await page.route(executionPayload, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      await route.continue();
    });
    try {
      await browser.open(executionPath('shipping-labels-300'));
      const block = page.locator('[data-payload="Execution input"]');
      const showAll = block.getByRole('button', { name: /^Show all of execution input \(\d+ KB\)$/ });
      await showAll.waitFor();
      const preview = (await block.locator('pre').textContent()) ?? '';
      expect(preview.endsWith('…')).toBe(true);
      expect(asked).toEqual([]);

      await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
      const copy = page.getByRole('button', { name: 'Copy input' });
      await copy.click();
      await copy.getByText('Copying…').waitFor();
      await copy.getByText('Copied').waitFor();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied.startsWith(preview.slice(0, -2))).toBe(true);
      expect(copied.length).toBeGreaterThan(16 * 1024);
      // The last shipment is in the input, not in the page that carried its first lines.
      expect(copied).toContain('B1208-0300');
      expect(await (await fetch(page.url())).text()).not.toContain('B1208-0300');
      expect(asked).toHaveLength(1);
      expect(asked[0]).toMatch(/^\?execution=input&stopped=\d+$/);

      await showAll.click();
      // While it reads, the button is named "Reading all of …"; it goes once the whole text is shown.
      await block.getByRole('button').waitFor({ state: 'detached' });
      expect(await block.locator('pre').textContent()).toBe(copied);
      expect(typeof JSON.parse(copied)).toBe('object');
      await browser.shot('execution-long-input-shown');
    } finally {
      await page.unroute(wholeView);
      await page.unroute(executionPayload);
    }
  });

  it('sends a long event’s details in the events table as a preview, and reads the whole from the server on a click', async () => {
    const { page } = browser;
    const asked: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname.endsWith('/events')) asked.push(url.search);
    });
    await browser.open(executionPath('shipping-labels-300'));
    const row = page.locator('#event-1');
    const showAll = row.getByRole('button', { name: /^Show all of details of event 1 \(\d+ KB\)$/ });
    await showAll.waitFor();
    const preview = (await row.locator('pre').textContent()) ?? '';
    expect(preview.endsWith('…')).toBe(true);
    expect(asked).toEqual([]);
    await showAll.click();
    // While it reads, the button is named "Reading all of …"; it goes once the whole text is shown.
    await row.getByRole('button').waitFor({ state: 'detached' });
    const whole = (await row.locator('pre').textContent()) ?? '';
    expect(whole.length).toBeGreaterThan(preview.length);
    expect(whole.startsWith(preview.slice(0, -2))).toBe(true);
    expect(JSON.parse(whole)).toHaveProperty('input');
    expect(asked).toHaveLength(1);
    expect(asked[0]).toMatch(/^\?event=1&stopped=\d+$/);
    await browser.shot('execution-long-event-details-shown');

    // A read that fails says so under the preview, which stays, and the button can be pressed again.
    await page.route('**/events?event=2*', (route) =>
      route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ error: 'AWS is throttling this account.' }) }),
    );
    const second = page.locator('#event-2');
    await second.getByRole('button', { name: /^Show all of details of event 2/ }).click();
    expect(await second.getByRole('alert').textContent()).toBe(
      'All of details of event 2 could not be read: AWS is throttling this account.',
    );
    expect(((await second.locator('pre').textContent()) ?? '').endsWith('…')).toBe(true);
    await page.unroute('**/events?event=2*');
    await second.getByRole('button', { name: /^Show all of details of event 2/ }).click();
    await second.getByRole('button').waitFor({ state: 'detached' });
    expect(await second.getByRole('alert').count()).toBe(0);
    expect(JSON.parse((await second.locator('pre').textContent()) ?? '')).toHaveProperty('name', 'CreateLabels');
  });

  it.each([
    ['light', 1280, 800],
    ['dark', 1280, 800],
    ['light', 390, 844],
    ['dark', 390, 844],
  ] as const)('fits %s at %ix%i with its paged events and fetched payloads, no sideways scrolling', async (scheme, width, height) => {
    const { page } = browser;
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width, height });
    try {
      await browser.open(executionPath('shipping-labels-300'));
      await page.getByRole('region', { name: 'State inspector' }).getByRole('group', { name: 'State input view' }).waitFor();
      await page.getByRole('navigation', { name: 'History pages' }).waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      // The viewport only: a full page of 100 events is too tall to look at.
      await page.screenshot({ path: `test-artifacts/e2e/on-demand-${scheme}-${width}-top.png` });
      await page.getByRole('navigation', { name: 'History pages' }).scrollIntoViewIfNeeded();
      await page.screenshot({ path: `test-artifacts/e2e/on-demand-${scheme}-${width}-events-pager.png` });
    } finally {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.setViewportSize({ width: 1360, height: 900 });
    }
  });
});
