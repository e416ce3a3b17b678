import { namedError } from '../support/read-field';

/** Demo Wait workflow: after the grace period, "e-mails" the customer a reminder for the unpaid invoice. */
export function handler(event: unknown): Record<string, unknown> {
  const invoice = (event ?? {}) as {
    invoiceId?: unknown;
    customer?: { name?: unknown; email?: unknown };
    amountDue?: unknown;
    currency?: unknown;
  };
  const email = invoice.customer?.email;
  if (typeof email !== 'string' || !email)
    throw namedError('MissingContactError', `Invoice ${String(invoice.invoiceId)} has no customer e-mail`);
  return {
    invoiceId: invoice.invoiceId,
    reminder: {
      channel: 'EMAIL',
      recipient: email,
      subject: `Reminder: invoice ${String(invoice.invoiceId)} is due`,
      amountDue: invoice.amountDue,
      currency: invoice.currency,
    },
  };
}
