import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { usePage } from './support/use-page';

const fixture = (name: string) => join(process.cwd(), 'test', 'fixtures', 'history', name);

describe('importing a history file', () => {
  const browser = usePage();

  it('shows the detail view of an AWS CLI history file, read in the browser', async () => {
    const { page } = browser;
    await browser.open('/import');
    const uploads: string[] = [];
    page.on('request', (request) => {
      if (request.method() !== 'GET' || request.postData()) uploads.push(`${request.method()} ${request.url()}`);
    });
    await page.getByLabel('History file').setInputFiles(fixture('order-payment-caught.json'));

    const summary = page.getByRole('region', { name: 'Imported execution' });
    await summary.waitFor();
    expect(await summary.textContent()).toContain('order-payment-caught.json');
    expect(await summary.locator('[data-status]').textContent()).toBe('Succeeded');
    expect(await summary.textContent()).toContain('22 events');

    await page.locator('[data-testid="execution-graph"][data-ready="true"]').waitFor();
    const taken = page.locator('.react-flow__edge.edge-catch.edge-taken');
    expect(await taken.getAttribute('data-id')).toBe('catch:ChargePayment->RecordDeclinedPayment');
    expect(await taken.locator('.react-flow__edge-text').textContent()).toBe('caught PaymentDeclined');
    expect(await page.locator('.react-flow__node [data-node-id="ChargePayment"]').getByTestId('retry-count').textContent()).toBe(
      '2 retries',
    );

    // The first caught visit is selected; its output is the error the Catch wrote.
    const inspector = page.getByRole('region', { name: 'State inspector' });
    expect(await inspector.getByTestId('inspected-state').textContent()).toBe('ChargePayment');
    await inspector.getByRole('tab', { name: 'Output' }).click();
    await inspector.getByRole('group', { name: 'State output view' }).getByRole('button', { name: 'Text' }).click();
    expect(await inspector.getByLabel('State output', { exact: true }).textContent()).toBe(
      JSON.stringify({ orderId: 'ord-1042', error: { Error: 'PaymentDeclined', Cause: 'card declined' } }, null, 2),
    );
    expect(await page.getByRole('table', { name: 'History events' }).locator('tbody tr').count()).toBe(22);
    // The file never left the browser: nothing was posted (link prefetches are plain GETs).
    expect(uploads).toEqual([]);
    await browser.shot('import-order-payment-caught');
  });

  it('uses a definition file when one is given, so states that did not run are drawn too', async () => {
    const { page } = browser;
    await browser.open('/import');
    const definition = {
      StartAt: 'ValidateOrder',
      States: {
        ValidateOrder: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Next: 'ChargePayment' },
        ChargePayment: {
          Type: 'Task',
          Resource: 'arn:aws:states:::lambda:invoke',
          Catch: [{ ErrorEquals: ['PaymentDeclined'], Next: 'RecordDeclinedPayment' }],
          Next: 'ShipOrder',
        },
        ShipOrder: { Type: 'Succeed' },
        RecordDeclinedPayment: { Type: 'Pass', Next: 'OrderOnHold' },
        OrderOnHold: { Type: 'Succeed' },
      },
    };
    // The history first, then its definition: the graph is redrawn from the definition.
    await page.getByLabel('History file').setInputFiles(fixture('order-payment-caught.json'));
    await page.locator('[data-testid="execution-graph"][data-ready="true"]').waitFor();
    expect(await page.locator('.react-flow__node [data-node-id="ShipOrder"]').count()).toBe(0);
    await page.getByLabel('State machine definition file').setInputFiles({
      name: 'order.asl.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(definition)),
    });
    await page.getByText('Definition from order.asl.json').waitFor();
    await page.locator('.react-flow__node [data-node-id="ShipOrder"]').waitFor();
    expect(await page.locator('.react-flow__node [data-node-id="ShipOrder"]').getAttribute('data-run-status')).toBe('not-visited');
    expect(await page.getByText('Definition from order.asl.json').count()).toBe(1);
  });

  it('names a definition that does not match the history instead of drawing the history over it', async () => {
    const { page } = browser;
    await browser.open('/import');
    const otherMachine = { StartAt: 'ValidateOrder', States: { ValidateOrder: { Type: 'Pass', Next: 'Done' }, Done: { Type: 'Succeed' } } };
    await page.getByLabel('State machine definition file').setInputFiles({
      name: 'other.asl.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(otherMachine)),
    });
    await page.getByLabel('History file').setInputFiles(fixture('order-shipping-failed.json'));
    const alert = page.getByRole('alert').filter({ hasText: 'does not match' });
    await alert.waitFor();
    expect(await alert.textContent()).toBe(
      "Could not read this file: other.asl.json does not match order-shipping-failed.json: the history ran 'PrepareShipment', 'ShipAndNotify', 'ShipAndNotify/CreateShipment', 'ShipAndNotify/WaitForCarrier' (the failing state 'ShipAndNotify/CreateShipment' among them), which the definition does not have. Choose the definition this execution ran, or clear it to draw the graph from the history.",
    );
    expect(await page.locator('[data-testid="execution-graph"]').count()).toBe(0);
    await browser.shot('import-definition-mismatch');
  });

  it('says which event and field are wrong in a broken file', async () => {
    const { page } = browser;
    await browser.open('/import');
    const broken = JSON.parse(readFileSync(fixture('order-payment-caught.json'), 'utf8')) as { events: Record<string, unknown>[] };
    delete broken.events[3]!.type;
    await page
      .getByLabel('History file')
      .setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
    const alert = page.getByRole('alert').filter({ hasText: 'Could not read this file' });
    await alert.waitFor();
    expect(await alert.textContent()).toBe("Could not read this file: broken.json, events[3], field 'type': missing");
    await browser.shot('import-broken-file');
  });
});
