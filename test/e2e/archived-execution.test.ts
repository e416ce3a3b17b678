import { DescribeExecutionCommand, GetExecutionHistoryCommand, SFNClient, type HistoryEvent } from '@aws-sdk/client-sfn';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ExecutionStatus, HistoryEventRecord } from '@/lib/domain';
import { compileRedactionRules, redactHistoryEvents } from '@/lib/execution-index/redact-payload';
import { SqliteExecutionIndexStore } from '@/lib/execution-index/sqlite/sqlite-execution-index-store';
import { toIndexedExecution } from '@/lib/execution-index/to-indexed-execution';
import { describeViolations, runAxe, seriousViolations } from './support/axe';
import { demoExecutionArn, usePage } from './support/use-page';

const ARCHIVED_NAME = 'order-payment-declined-archived';
const NOTICE_START =
  'Archived: AWS no longer returns this execution (histories are kept 90 days after they close); shown from the Statescope index as synced on';

async function readHistory(sfn: SFNClient, executionArn: string): Promise<HistoryEvent[]> {
  const events: HistoryEvent[] = [];
  let nextToken: string | undefined;
  do {
    const page = await sfn.send(new GetExecutionHistoryCommand({ executionArn, nextToken, includeExecutionData: true }));
    events.push(...(page.events ?? []));
    nextToken = page.nextToken;
  } while (nextToken);
  return events;
}

/**
 * An execution the emulator never had, archived in the dashboard's index: the demo's declined
 * payment read through the SDK, under another execution name, redacting e-mails.
 */
async function archiveCopy(store: SqliteExecutionIndexStore, sfn: SFNClient, source: string): Promise<string> {
  const original = demoExecutionArn('order-payment-declined');
  const archivedArn = original.replace(/:[^:]+$/, `:${ARCHIVED_NAME}`);
  const described = await sfn.send(new DescribeExecutionCommand({ executionArn: original }));
  const rules = compileRedactionRules(['$..email']);
  const events = redactHistoryEvents((await readHistory(sfn, original)) as HistoryEventRecord[], rules);
  const status = described.status as ExecutionStatus;
  const record = toIndexedExecution({
    source,
    execution: {
      arn: archivedArn,
      stateMachineArn: described.stateMachineArn ?? '',
      name: ARCHIVED_NAME,
      status,
      startedAt: described.startDate ?? new Date(),
      ...(described.stopDate && { stoppedAt: described.stopDate }),
      ...(described.input !== undefined && { input: described.input }),
      ...(described.error !== undefined && { error: described.error }),
      ...(described.cause !== undefined && { cause: described.cause }),
    },
    stateMachine: { name: 'order-processing', type: 'STANDARD' },
    events,
    redaction: rules,
    now: new Date('2026-03-01T12:00:00Z'),
  });
  await store.putExecutions([{ ...record, goneFromSource: true }]);
  await store.putHistory(
    { source, executionArn: archivedArn, startedAt: record.startedAt, redriveCount: record.redriveCount },
    status,
    events,
    true,
  );
  return archivedArn;
}

describe('an execution AWS no longer returns, shown from the Statescope index', () => {
  const browser = usePage();
  let store: SqliteExecutionIndexStore | undefined;
  let sfn: SFNClient | undefined;
  let archivedArn = '';

  beforeAll(async () => {
    const source = inject('emulatorUrl');
    sfn = new SFNClient({ endpoint: source, region: 'us-east-1', credentials: { accessKeyId: 'e2e', secretAccessKey: 'e2e' } });
    store = new SqliteExecutionIndexStore(inject('indexFile'));
    archivedArn = await archiveCopy(store, sfn, source);
  });
  afterAll(async () => {
    sfn?.destroy();
    await store?.close();
  });

  const get = async (arn: string) => {
    const response = await fetch(`${inject('baseUrl')}/executions/${encodeURIComponent(arn)}`, { signal: AbortSignal.timeout(60_000) });
    return { status: response.status, body: await response.text() };
  };

  it('answers 200 for the archived execution and 404 for one neither AWS nor the index has', async () => {
    const archived = await get(archivedArn);
    expect(archived.status).toBe(200);
    expect(archived.body).toContain('Archived:');
    const unknown = await get(archivedArn.replace(ARCHIVED_NAME, 'never-ran-anywhere'));
    expect(unknown.status).toBe(404);
  });

  it('renders the stored history with the archived notice, the failure and the graph, light and dark, laptop and phone', async () => {
    const { page } = browser;
    for (const screen of [
      { width: 1280, height: 800 },
      { width: 390, height: 844 },
    ]) {
      await page.setViewportSize(screen);
      await page.emulateMedia({ colorScheme: 'light' });
      await browser.open(`/executions/${encodeURIComponent(archivedArn)}`);
      const notice = page.getByRole('region', { name: 'Archived execution' });
      expect((await notice.textContent())?.replace(/\s+/g, ' ')).toMatch(
        new RegExp(`^${NOTICE_START.replace(/[()]/g, '\\$&')} .+\\. Redacted fields show \\[redacted\\]\\.$`),
      );
      const banner = page.getByRole('region', { name: 'Execution error' });
      await banner.waitFor();
      expect(await banner.locator('h2').textContent()).toBe('Failed in NotifyCustomerFailedPayment: PaymentVerificationFailed');
      await page.getByText("drawn on the state machine's current definition").first().waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await browser.shot(`archived-execution-light-${screen.width}x${screen.height}`);
      await page.emulateMedia({ colorScheme: 'dark' });
      await browser.shot(`archived-execution-dark-${screen.width}x${screen.height}`);
    }
    await page.emulateMedia({ colorScheme: 'light' });
    const violations = seriousViolations(await runAxe(page));
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});
