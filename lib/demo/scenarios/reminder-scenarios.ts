import type { DemoScenario } from './demo-scenario';

const DAY_SECONDS = 24 * 60 * 60;

function invoice(invoiceId: string, name: string, email: string, amountDue: number, gracePeriodSeconds: number): Record<string, unknown> {
  return { invoiceId, customer: { name, email }, amountDue, currency: 'EUR', gracePeriodSeconds };
}

/** Waits: one short enough to finish, one that sits for a month, one stopped, and an execution timeout. */
export function buildReminderScenarios(): DemoScenario[] {
  const stateMachine = 'invoice-payment-reminder';
  return [
    {
      scenario: 'payment-reminder-sent',
      stateMachine,
      expectedStatus: 'SUCCEEDED',
      summary: 'a 2-second grace period, then the reminder',
      input: invoice('INV-2024-0711', 'Giulia Romano', 'giulia.romano@example.com', 420, 2),
    },
    {
      scenario: 'payment-reminder-waiting',
      stateMachine,
      expectedStatus: 'RUNNING',
      // 30 days: still waiting when a slow test run reaches it, even with the e2e emulator at 1/100 time (7 h).
      summary: 'a 30-day grace period: stays RUNNING in its Wait state',
      input: invoice('INV-2024-0712', 'Erik Nilsson', 'erik.nilsson@example.org', 1250.5, 30 * DAY_SECONDS),
    },
    {
      scenario: 'payment-reminder-cancelled',
      stateMachine,
      expectedStatus: 'ABORTED',
      summary: 'the invoice was paid during the 24-hour wait, so the execution is stopped',
      input: invoice('INV-2024-0713', 'Zainab Bello', 'zainab.bello@example.net', 89.99, DAY_SECONDS),
      stop: { error: 'InvoicePaid', cause: 'The customer paid invoice INV-2024-0713 before the reminder was due.' },
    },
    {
      scenario: 'supplier-quote-expired',
      stateMachine: 'supplier-quote-approval',
      expectedStatus: 'TIMED_OUT',
      summary: 'nobody approves the quote within the 3-second execution timeout',
      input: { quoteId: 'Q-7781', supplier: 'Nordic Timber AB', amount: 18400, currency: 'EUR' },
    },
  ];
}
